/** Turns a parsed trace into a scenario for the app, keeping every other setting. */
import { DURATION_MAX_MS } from '../../../sim/scenario/schema';
import { formatScenarioErrors, parseScenario } from '../../../sim/scenario/parse';
import type { TraceResult } from '../../../sim/traces/trace-result';
import type { Scenario } from '../../../sim/types';

const MINUTE_MS = 60_000;

/**
 * Returns the run length for a trace: the counted minutes of a per-minute trace, or for timestamps
 * the span to the last arrival plus at least half a minute for it to finish, in whole minutes.
 */
export function traceDurationMs(result: Extract<TraceResult, { ok: true }>): number {
  const counted = result.streams.some((stream) => stream.pattern === 'counts');
  const length = counted ? result.spanMs : Math.ceil((result.spanMs + MINUTE_MS / 2) / MINUTE_MS) * MINUTE_MS;
  return Math.min(DURATION_MAX_MS, Math.max(MINUTE_MS, length));
}

/**
 * Returns `scenario` with its traffic replaced by the trace's streams and its length set to fit, or
 * the text of why that scenario is invalid.
 */
export function scenarioWithTrace(scenario: Scenario, result: Extract<TraceResult, { ok: true }>): Scenario | string {
  const parsed = parseScenario({ ...scenario, durationMs: traceDurationMs(result), traffic: result.streams });
  return parsed.ok ? parsed.scenario : formatScenarioErrors(parsed.errors);
}
