import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { parseScenario, type ParseScenarioResult } from './parse';

const VALID_INPUTS: unknown[] = [
  { version: 1, durationMs: 1_000 },
  ...Object.values(PRESETS).map((preset) => preset.scenario),
];

/** Returns a deep copy of `input` with the value at a path (chosen by `steps`) replaced or removed. */
function mutate(input: unknown, steps: number[], replacement: unknown, remove: boolean): unknown {
  const copy: unknown = structuredClone(input);
  let parent = copy as Record<string, unknown>;
  let key: string | undefined;

  for (const step of steps) {
    if (key !== undefined) {
      const child = parent[key];
      if (typeof child !== 'object' || child === null) break;
      parent = child as Record<string, unknown>;
    }
    const keys = Object.keys(parent);
    if (keys.length === 0) break;
    key = keys[step % keys.length];
  }

  if (key === undefined) return replacement;
  if (remove) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

/** Checks the shape every result must have, whatever the input. */
function expectWellFormed(result: ParseScenarioResult): void {
  if (result.ok) {
    // A complete scenario must parse again to itself: no default is left to fill.
    expect(parseScenario(result.scenario)).toEqual(result);
    return;
  }

  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.startsWith(`${error.path === '' ? 'scenario' : error.path}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  }
}

describe('parseScenario properties', () => {
  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withObjectString: true }), (input) => {
        expectWellFormed(parseScenario(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on mutated scenarios', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_INPUTS),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.anything(),
        fc.boolean(),
        (input, steps, replacement, remove) => {
          expectWellFormed(parseScenario(mutate(input, steps, replacement, remove)));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('never throws on mutated numbers', () => {
    const oddNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_INPUTS),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        oddNumber,
        (input, steps, replacement) => {
          expectWellFormed(parseScenario(mutate(input, steps, replacement, false)));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('survives a JSON round trip', () => {
    for (const input of VALID_INPUTS) {
      const result = parseScenario(input);
      if (!result.ok) throw new Error('a valid input was rejected');

      expect(parseScenario(JSON.parse(JSON.stringify(result.scenario)))).toEqual(result);
    }
  });
});
