import { describe, expect, it } from 'vitest';
import { FastForwardRun, defaultTimeline, fastForward } from './fast-forward';
import { runScenario } from './simulation';
import { testScenario } from './test-scenario';
import { Timeline } from './timeline';

const scenario = testScenario({
  durationMs: 1_800_000,
  function: { runDurationMs: { dist: 'exponential', meanMs: 400 } },
  platform: { idleLifetimeMs: 120_000 },
  traffic: [
    { source: 'api-gateway', pattern: 'periodic', meanPerSec: 4, amplitudePerSec: 3, periodMs: 600_000 },
    { source: 'sns', pattern: 'burst', count: 300, atMs: 900_000 },
  ],
});

describe('fastForward', () => {
  it('gives the same report as runScenario', () => {
    const result = fastForward(scenario, { sliceMs: 7_000 });

    expect(result.cancelled).toBe(false);
    expect(result.reachedMs).toBe(scenario.durationMs);
    expect(result.report).toEqual(runScenario(scenario));
  });

  it('reports monotone progress ending at 1', () => {
    const fractions: number[] = [];
    fastForward(scenario, { sliceMs: 60_000, onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions).toHaveLength(30);
    for (let index = 1; index < fractions.length; index++) {
      expect(fractions[index]).toBeGreaterThan(fractions[index - 1]);
    }
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops when cancelled', () => {
    let checks = 0;
    const result = fastForward(scenario, { sliceMs: 60_000, isCancelled: () => ++checks > 5 });

    expect(result.cancelled).toBe(true);
    expect(result.reachedMs).toBe(300_000);
    expect(result.report.durationMs).toBe(300_000);
    expect(result.timeline.endMs).toBe(300_000);
  });

  it('fills the timeline it is given', () => {
    const timeline = new Timeline({ bucketMs: 10_000, maxBuckets: 100 });
    const result = fastForward(scenario, { timeline, sliceMs: 5_000 });
    const arrivals = result.timeline.series.arrivals.reduce((sum, count) => sum + count, 0);

    expect(result.timeline.bucketMs).toBe(20_000);
    expect(result.timeline.length).toBe(90);
    expect(arrivals).toBe(result.report.events);
  });

  it('stops at untilMs', () => {
    const result = fastForward(scenario, { untilMs: 95_000, sliceMs: 10_000 });

    expect(result.reachedMs).toBe(95_000);
    expect(result.cancelled).toBe(false);
  });

  it('clamps untilMs to the scenario', () => {
    expect(new FastForwardRun(scenario, { untilMs: 1e12 }).untilMs).toBe(scenario.durationMs);
    expect(new FastForwardRun(scenario, { untilMs: -5 }).untilMs).toBe(0);
  });

  it('rejects an invalid slice', () => {
    expect(() => fastForward(scenario, { sliceMs: 0 })).toThrow(RangeError);
    expect(() => fastForward(scenario, { sliceMs: NaN })).toThrow(RangeError);
  });
});

describe('defaultTimeline', () => {
  it.each([
    [60_000, 1_000],
    [3_600_000, 5_000],
    [86_400_000, 60_000],
    [2_592_000_000, 1_800_000],
  ])('picks a round bucket for %i ms', (untilMs, bucketMs) => {
    expect(defaultTimeline(untilMs).bucketMs).toBe(bucketMs);
  });
});
