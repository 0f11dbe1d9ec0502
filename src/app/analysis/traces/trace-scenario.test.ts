import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../sim/presets';
import { scenarioWithTrace, traceDurationMs } from './trace-scenario';

describe('traceDurationMs', () => {
  it('adds time after the last timestamp', () => {
    const result = { ok: true as const, arrivals: 2, spanMs: 90_000, streams: [{ source: 'sqs' as const, pattern: 'times' as const, atMs: [0, 90_000] }] };
    expect(traceDurationMs(result)).toBe(120_000);
  });

  it('keeps the counted minutes', () => {
    const result = {
      ok: true as const,
      arrivals: 3,
      spanMs: 180_000,
      streams: [{ source: 'sqs' as const, pattern: 'counts' as const, intervalMs: 60_000, counts: [1, 1, 1], spread: 'even' as const }],
    };
    expect(traceDurationMs(result)).toBe(180_000);
  });
});

describe('scenarioWithTrace', () => {
  it('replaces traffic and keeps the function', () => {
    const base = presetScenario('steady');
    const result = { ok: true as const, arrivals: 1, spanMs: 0, streams: [{ source: 'sqs' as const, pattern: 'times' as const, atMs: [0] }] };
    const scenario = scenarioWithTrace(base, result);
    if (typeof scenario === 'string') throw new Error(scenario);
    expect(scenario.traffic).toHaveLength(1);
    expect(scenario.function).toEqual(base.function);
    expect(scenario.durationMs).toBe(60_000);
  });
});
