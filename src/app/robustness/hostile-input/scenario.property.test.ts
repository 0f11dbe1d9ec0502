import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../sim/presets';
import { parseScenario } from '../../../sim/scenario/parse';
import { MESSAGE_MAX_CHARS } from './message-checks';

/** Top-level and nested fields of a scenario, as paths into it. */
const FIELD_PATHS = [
  ['durationMs'],
  ['seed'],
  ['name'],
  ['function', 'memoryMb'],
  ['function', 'timeoutMs'],
  ['function', 'runDurationMs'],
  ['function', 'errorRate'],
  ['platform', 'concurrencyLimit'],
  ['platform', 'idleLifetimeMs'],
  ['platform', 'reservedConcurrency'],
  ['traffic'],
] as const;

const oddValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1e308, 2 ** 53, '1000', ''),
  fc.string({ minLength: 1_000, maxLength: 3_000 }),
);

/** Returns a copy of the steady preset with the field at `path` set to `value`. */
function withField(path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(presetScenario('steady')) as unknown as Record<string, Record<string, unknown>>;
  if (path.length === 1) (copy as Record<string, unknown>)[path[0]] = value;
  else copy[path[0]][path[1]] = value;
  return copy;
}

describe('parseScenario messages on hostile fields', () => {
  it('name the field, the value and what is allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_PATHS), oddValue, (path, value) => {
        const result = parseScenario(withField(path, value));
        if (result.ok) return;

        const field = path.join('.');
        const about = result.errors.find((error) => error.path.startsWith(field));
        expect(about, `an error about ${field}`).toBeDefined();
        for (const error of result.errors) {
          expect(error.message).toMatch(/Expected|unknown field/);
          expect(error.message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
