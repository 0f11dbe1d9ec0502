import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTourProgress, TOUR_PROGRESS_KEY } from '../../teaching/tour-progress';
import { expectExplains } from './message-checks';

const STEP_COUNT = 8;

/** What another tab, an older version or a person editing storage by hand might leave under the key. */
const storedText = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc
    .record({ version: fc.anything(), active: fc.anything(), step: fc.oneof(fc.anything(), fc.integer(), fc.double()) }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  fc.constantFrom('{"version":1,"active":true,"step":1e400}', '{"version":1,"active":true,"step":-0}', '{"__proto__":{"step":1}}'),
);

describe('loadTourProgress on hostile storage', () => {
  it('returns a valid step or explains', () => {
    fc.assert(
      fc.property(storedText, (text) => {
        const warnings: string[] = [];
        const storage = { getItem: (key: string) => (key === TOUR_PROGRESS_KEY ? text : null) };
        const progress = loadTourProgress(STEP_COUNT, storage, (message) => warnings.push(message));
        if (progress === null) {
          // Nothing saved is no problem; anything else saved and rejected gets one message.
          expect(warnings).toHaveLength(text === null ? 0 : 1);
          if (text !== null) expectExplains(warnings[0], TOUR_PROGRESS_KEY);
          return;
        }
        expect(warnings).toEqual([]);

        expect(typeof progress.active).toBe('boolean');
        expect(Number.isInteger(progress.step)).toBe(true);
        expect(progress.step).toBeGreaterThanOrEqual(0);
        expect(progress.step).toBeLessThan(STEP_COUNT);
      }),
      { numRuns: 1_000 },
    );
  });

  it('survives storage that throws', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(loadTourProgress(STEP_COUNT, blocked, () => undefined)).toBeNull();
  });

  it('names the field and the value', () => {
    const warnings: string[] = [];
    const storage = { getItem: () => '{"version":1,"active":"yes","step":2}' };
    expect(loadTourProgress(STEP_COUNT, storage, (message) => warnings.push(message))).toBeNull();
    expect(warnings[0]).toContain('active is "yes"');
    expect(warnings[0]).toContain('Expected boolean');
  });
});
