import { describe, expect, it } from 'vitest';
import { slotCount, slotOf, sourceMask, sourcesIn } from './source-slots';
import { invocation } from './test-snapshots';

describe('source slots', () => {
  const invocations = [
    invocation(1, 'cold', 'in-flight', { source: 'sqs' }),
    invocation(2, 'warm', 'in-flight', { source: 'api-gateway' }),
    invocation(3, 'warm', 'in-flight', { source: 'sqs' }),
  ];
  const mask = sourceMask(invocations);

  it('collects the kinds present', () => {
    expect(slotCount(mask)).toBe(2);
    expect(sourcesIn(mask)).toEqual(['api-gateway', 'sqs']);
  });

  it('ranks each kind in the fixed order', () => {
    expect(slotOf(mask, 'api-gateway')).toBe(0);
    expect(slotOf(mask, 'sqs')).toBe(1);
    expect(slotOf(mask, 's3')).toBe(-1);
  });

  it('handles no invocations', () => {
    expect(sourceMask([])).toBe(0);
    expect(sourcesIn(0)).toEqual([]);
  });
});
