import * as v from 'valibot';
import type { Scenario } from '../types';
import { toScenarioError, type ScenarioError } from './errors';
import { scenarioSchema } from './schema';

export { formatScenarioErrors, type ScenarioError } from './errors';

/** Result of `parseScenario`: the complete scenario, or every problem found. */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/**
 * Validates a scenario read from JSON (or built in code) and fills in every default, so the result
 * is a complete `Scenario` that does not share objects with the input. Reports every field that is
 * wrong rather than stopping at the first, and returns errors instead of throwing for any input.
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  const result = v.safeParse(scenarioSchema, input);
  if (result.success) return { ok: true, scenario: result.output };
  return { ok: false, errors: firstErrorPerPath(result.issues.map(toScenarioError)) };
}

/**
 * Keeps one error per field. A value such as Infinity fails several checks of the same field
 * (finite, maximum), and each would otherwise repeat the same message. valibot's `abortPipeEarly`
 * would do the same but also hide unknown keys whenever another field of that object is wrong.
 */
function firstErrorPerPath(errors: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (seen.has(error.path)) return false;
    seen.add(error.path);
    return true;
  });
}
