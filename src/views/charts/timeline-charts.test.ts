import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { testScenario } from '../../sim/test-scenario';
import { Timeline, TIMELINE_SERIES, type TimelineData, type TimelineSeries } from '../../sim/timeline';
import { scalingCeiling } from './scaling-ceiling';
import {
  bucketEndTimes,
  coldShareModel,
  concurrencyModel,
  costModel,
  environmentsModel,
  niceTop,
  shareGroupSize,
} from './timeline-charts';

/** Builds timeline data by hand, with zeros for every series not in `values`. */
function timelineData(bucketMs: number, endMs: number, values: Partial<Record<TimelineSeries, number[]>>): TimelineData {
  const length = Object.values(values)[0]?.length ?? 0;
  const series = {} as Record<TimelineSeries, number[]>;
  for (const name of TIMELINE_SERIES) series[name] = values[name] ?? new Array<number>(length).fill(0);
  return { bucketMs, length, endMs, series };
}

/** Runs a scenario and records it each second. */
function recordRun(): TimelineData {
  const scenario = testScenario({
    durationMs: 10_000,
    platform: { concurrencyLimit: 3 },
    traffic: [{ source: 'api-gateway', pattern: 'burst', count: 5, atMs: 1_500 }],
  });
  const simulation = new Simulation(scenario);
  const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 20 });
  for (let timeMs = 1_000; timeMs <= 10_000; timeMs += 1_000) {
    simulation.advanceTo(timeMs);
    timeline.record(simulation.snapshot());
  }
  simulation.dispose();
  return timeline.data();
}

describe('bucketEndTimes', () => {
  it('cuts the last bucket at the end', () => {
    expect(bucketEndTimes(timelineData(1_000, 2_500, { busy: [0, 0, 0] }))).toEqual([1_000, 2_000, 2_500]);
  });
});

describe('concurrencyModel', () => {
  it('marks throttles of a recorded run', () => {
    const data = recordRun();
    const model = concurrencyModel(data, { scaling: 'standard', legacyBurst: 3_000 }, 10_000);
    const throttles = model.markers[0].values;
    expect(throttles.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(throttles[1]).toBe(2);
    expect(model.lines.find((line) => line.key === 'limit')?.values.every((limit) => limit === 3)).toBe(true);
    expect(Math.max(...model.lines[0].values)).toBe(3);
  });

  it('fits the limit, not the ceiling', () => {
    const data = timelineData(1_000, 2_000, { concurrencyMax: [4, 8], concurrencyLimit: [10, 10] });
    const model = concurrencyModel(data, { scaling: 'standard', legacyBurst: 3_000 }, 2_000);
    expect(model.maxValue).toBe(20);
    expect(model.lines[2].label).toMatch(/above the top/);
  });

  it('fits the peak when the limit is far', () => {
    const data = timelineData(1_000, 2_000, { concurrencyMax: [2, 3], concurrencyLimit: [1_000, 1_000] });
    const model = concurrencyModel(data, { scaling: 'standard', legacyBurst: 3_000 }, 2_000);
    expect(model.maxValue).toBe(5);
    expect(model.lines[1].label).toBe('Concurrency limit (1,000), above the top of the chart');
  });

  it('leaves out the ceiling when unlimited', () => {
    const data = timelineData(1_000, 1_000, { concurrency: [1] });
    const model = concurrencyModel(data, { scaling: 'unlimited', legacyBurst: 3_000 }, 1_000);
    expect(model.lines.map((line) => line.key)).toEqual(['peak', 'limit']);
  });
});

describe('scalingCeiling', () => {
  it('spends and refills standard tokens', () => {
    const data = timelineData(1_000, 3_000, { concurrency: [900, 900, 900], coldStarts: [900, 0, 0] });
    // 1,000 tokens, 900 spent, then 100 back each second.
    expect(scalingCeiling(data, { scaling: 'standard', legacyBurst: 3_000 })).toEqual([1_000, 1_100, 1_200]);
  });

  it('adds 500 a minute above the legacy burst', () => {
    const data = timelineData(60_000, 180_000, { concurrency: [500, 900, 1_000] });
    expect(scalingCeiling(data, { scaling: 'legacy', legacyBurst: 500 })).toEqual([500, 1_000, 1_500]);
  });
});

describe('environmentsModel', () => {
  it('stacks busy, starting and idle', () => {
    const data = timelineData(1_000, 1_000, { busy: [2], initializing: [1], idle: [4] });
    const [busy, starting, idle] = environmentsModel(data, 1_000).areas;
    expect([busy.upper[0], starting.upper[0], idle.upper[0]]).toEqual([2, 3, 7]);
  });
});

describe('coldShareModel', () => {
  it('leaves NaN where nothing started', () => {
    const data = timelineData(1_000, 2_000, { coldStarts: [1, 0], warmStarts: [3, 0] });
    const model = coldShareModel(data, 2_000);
    expect(model.lines[0].values[0]).toBe(0.25);
    expect(model.lines[0].values[1]).toBeNaN();
    expect(model.maxValue).toBe(1);
  });

  it('groups buckets into about 60 points', () => {
    const length = 600;
    const data = timelineData(100, 60_000, {
      coldStarts: Array.from({ length }, (_, index) => (index % 10 === 0 ? 1 : 0)),
      warmStarts: Array.from({ length }, (_, index) => (index % 10 === 0 ? 0 : 1)),
    });
    const model = coldShareModel(data, 60_000);
    expect(shareGroupSize(length)).toBe(10);
    expect(model.timesMs).toHaveLength(60);
    expect(model.timesMs[0]).toBe(1_000);
    expect(model.lines[0].values.every((share) => share === 0.1)).toBe(true);
  });
});

describe('costModel', () => {
  it('stacks the bill to its total', () => {
    const data = recordRun();
    const model = costModel(data, 10_000);
    const top = model.areas[model.areas.length - 1].upper;
    const last = data.length - 1;
    const { costRequestsUsd, costDurationUsd, costInitUsd, costProvisionedUsd } = data.series;
    expect(top[last]).toBeCloseTo(costRequestsUsd[last] + costDurationUsd[last] + costInitUsd[last] + costProvisionedUsd[last]);
    expect(top[last]).toBeGreaterThan(0);
    expect(model.endMs).toBe(10_000);
  });
});

describe('niceTop', () => {
  it('rounds up to 1, 2 or 5', () => {
    expect(niceTop(11)).toBe(20);
    expect(niceTop(3.3)).toBe(5);
    expect(niceTop(1_000)).toBe(1_000);
    expect(niceTop(0)).toBe(1);
  });
});
