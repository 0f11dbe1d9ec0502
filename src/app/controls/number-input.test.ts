import { describe, expect, it } from 'vitest';
import { describeRange, readNumberInput, type NumberRule } from './number-input';

const memory: NumberRule = { label: 'Memory', min: 128, max: 10_240, integer: true, unit: 'MB' };
const rate: NumberRule = { label: 'Arrival rate', min: 0.01, max: 10_000, integer: false, unit: 'events/s' };

describe('readNumberInput', () => {
  it('accepts a number in range', () => {
    expect(readNumberInput(' 512 ', memory)).toEqual({ ok: true, value: 512 });
    expect(readNumberInput('0.5', rate)).toEqual({ ok: true, value: 0.5 });
  });

  it('rejects an empty field', () => {
    const result = readNumberInput('', memory);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Memory');
    expect(!result.ok && result.message).toContain('128 to 10,240 MB');
  });

  it('rejects text that is not a number', () => {
    const result = readNumberInput('lots', memory);
    expect(!result.ok && result.message).toContain('"lots"');
  });

  it('rejects a value out of range', () => {
    const result = readNumberInput('20000', memory);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Memory');
    expect(!result.ok && result.message).toContain('20000 MB');
    expect(!result.ok && result.message).toContain('128 to 10,240 MB');
  });

  it('rejects a fraction where whole numbers are required', () => {
    const result = readNumberInput('256.5', memory);
    expect(!result.ok && result.message).toContain('whole number');
  });
});

describe('describeRange', () => {
  it('formats fractional limits', () => {
    expect(describeRange(rate)).toBe('0.01 to 10,000 events/s');
  });
});
