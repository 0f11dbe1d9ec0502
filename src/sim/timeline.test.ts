import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation';
import { testScenario, zeroMetrics } from './test-scenario';
import { Timeline, bucketAt, coldStartShare, totalCostUsd, type TimelineData } from './timeline';
import type { LiveMetrics, SimulationSnapshot } from './types';

/** A snapshot of a simulation that never ran, for the fields the timeline ignores. */
const EMPTY_SNAPSHOT = new Simulation(testScenario()).snapshot();

/** Builds a snapshot whose metrics hold only what the timeline reads. */
function snapshotAt(nowMs: number, metrics: Partial<LiveMetrics> = {}): SimulationSnapshot {
  return { ...EMPTY_SNAPSHOT, nowMs, metrics: zeroMetrics(metrics) };
}

function environments(busy: number, idle = 0, initializing = 0): LiveMetrics['environments'] {
  return { provisioning: 0, initializing, busy, idle, shuttingDown: 0, total: busy + idle + initializing };
}

describe('Timeline', () => {
  it('rejects invalid options', () => {
    expect(() => new Timeline({ bucketMs: 0, maxBuckets: 10 })).toThrow(RangeError);
    expect(() => new Timeline({ bucketMs: 1_000, maxBuckets: 3 })).toThrow(RangeError);
    expect(() => new Timeline({ bucketMs: Infinity, maxBuckets: 10 })).toThrow(RangeError);
  });

  it('turns counters into deltas per bucket', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    timeline.record(snapshotAt(500, { arrivals: 3, coldStarts: 2, warmStarts: 1 }));
    timeline.record(snapshotAt(1_000, { arrivals: 5, coldStarts: 2, warmStarts: 3 }));
    timeline.record(snapshotAt(1_500, { arrivals: 9, coldStarts: 3, warmStarts: 4, throttles: 2 }));

    expect(timeline.series('arrivals')).toEqual([5, 4]);
    expect(timeline.series('coldStarts')).toEqual([2, 1]);
    expect(timeline.series('warmStarts')).toEqual([3, 1]);
    expect(timeline.series('throttles')).toEqual([0, 2]);
  });

  it('keeps the last state and the highest concurrency', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    timeline.record(snapshotAt(200, { concurrency: 4, peakConcurrency: 4, environments: environments(3, 0, 1) }));
    timeline.record(snapshotAt(900, { concurrency: 2, peakConcurrency: 4, environments: environments(2, 2) }));

    expect(timeline.series('concurrency')).toEqual([2]);
    expect(timeline.series('concurrencyMax')).toEqual([4]);
    expect(timeline.series('busy')).toEqual([2]);
    expect(timeline.series('idle')).toEqual([2]);
    expect(timeline.series('initializing')).toEqual([0]);
  });

  it('takes a new run peak as the bucket maximum', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    timeline.record(snapshotAt(1_000, { concurrency: 1, peakConcurrency: 1 }));
    // The peak rose to 7 and fell back between the two snapshots.
    timeline.record(snapshotAt(2_000, { concurrency: 2, peakConcurrency: 7 }));
    timeline.record(snapshotAt(3_000, { concurrency: 3, peakConcurrency: 7 }));

    expect(timeline.series('concurrencyMax')).toEqual([1, 7, 3]);
  });

  it('carries the state into skipped buckets', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    const cost = { requestsUsd: 1, durationUsd: 2, initUsd: 3, provisionedUsd: 4, totalUsd: 10 };
    timeline.record(snapshotAt(1_000, { arrivals: 1, concurrency: 3, environments: environments(3), cost }));
    timeline.record(snapshotAt(4_000, { arrivals: 6, concurrency: 1, environments: environments(1, 2) }));

    expect(timeline.length).toBe(4);
    expect(timeline.series('arrivals')).toEqual([1, 0, 0, 5]);
    expect(timeline.series('concurrency')).toEqual([3, 3, 3, 1]);
    expect(timeline.series('concurrencyMax')).toEqual([3, 3, 3, 1]);
    expect(timeline.series('busy')).toEqual([3, 3, 3, 1]);
    expect(timeline.series('costInitUsd')).toEqual([3, 3, 3, 0]);
  });

  it('counts an event on a boundary in the earlier bucket', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    timeline.record(snapshotAt(0));
    timeline.record(snapshotAt(1_000, { arrivals: 1 }));
    timeline.record(snapshotAt(1_001, { arrivals: 2 }));

    expect(timeline.series('arrivals')).toEqual([1, 1]);
  });

  it('merges pairs when full', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 4 });
    for (let second = 1; second <= 5; second++) {
      timeline.record(snapshotAt(second * 1_000, { arrivals: second * (second + 1) / 2, concurrency: second }));
    }

    // Buckets of 1 s held arrivals 1, 2, 3, 4, then the fifth record merged them into buckets of 2 s.
    expect(timeline.bucketMs).toBe(2_000);
    expect(timeline.series('arrivals')).toEqual([3, 7, 5]);
    expect(timeline.series('concurrency')).toEqual([2, 4, 5]);
    expect(timeline.series('concurrencyMax')).toEqual([2, 4, 5]);
  });

  it('stays bounded over a long jump', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 8 });
    timeline.record(snapshotAt(500, { arrivals: 1 }));
    timeline.record(snapshotAt(86_400_000, { arrivals: 2 }));

    expect(timeline.length).toBeLessThanOrEqual(8);
    expect(timeline.bucketMs * 8).toBeGreaterThanOrEqual(86_400_000);
    expect(timeline.series('arrivals').reduce((sum, count) => sum + count, 0)).toBe(2);
  });

  it('rejects a snapshot from the past', () => {
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 10 });
    timeline.record(snapshotAt(5_000));

    expect(() => timeline.record(snapshotAt(4_000))).toThrow(RangeError);
  });

  it('matches the report of a real run', () => {
    const scenario = testScenario({
      durationMs: 600_000,
      traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 5 }],
    });
    const simulation = new Simulation(scenario);
    const timeline = new Timeline({ bucketMs: 1_000, maxBuckets: 64 });
    for (let timeMs = 0; timeMs <= scenario.durationMs; timeMs += 250) {
      simulation.advanceTo(timeMs);
      timeline.record(simulation.snapshot());
    }
    const report = simulation.report();
    const data = timeline.data();
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

    expect(data.length).toBeLessThanOrEqual(64);
    expect(sum(data.series.arrivals)).toBe(report.events);
    expect(sum(data.series.coldStarts)).toBe(report.coldStarts);
    expect(sum(data.series.warmStarts)).toBe(report.warmStarts);
    expect(Math.max(...data.series.concurrencyMax)).toBe(report.peakConcurrency);
    expect(totalCostUsd(data).at(-1)).toBeCloseTo(report.cost.totalUsd, 12);
  });
});

describe('timeline helpers', () => {
  const data: TimelineData = {
    bucketMs: 1_000,
    length: 3,
    endMs: 3_000,
    series: {
      concurrency: [0, 0, 0],
      concurrencyMax: [0, 0, 0],
      concurrencyLimit: [0, 0, 0],
      initializing: [0, 0, 0],
      busy: [0, 0, 0],
      idle: [0, 0, 0],
      arrivals: [4, 0, 2],
      coldStarts: [1, 0, 0],
      warmStarts: [3, 0, 2],
      throttles: [0, 0, 0],
      costRequestsUsd: [1, 1, 2],
      costDurationUsd: [0, 1, 1],
      costInitUsd: [0, 0, 1],
      costProvisionedUsd: [0, 0, 0],
    },
  };

  it('computes the cold-start share', () => {
    expect(coldStartShare(data)).toEqual([0.25, NaN, 0]);
  });

  it('adds up the cost', () => {
    expect(totalCostUsd(data)).toEqual([1, 2, 4]);
  });

  it('finds the bucket of a time', () => {
    expect(bucketAt(data, 0)).toBe(0);
    expect(bucketAt(data, 1_000)).toBe(0);
    expect(bucketAt(data, 1_001)).toBe(1);
    expect(bucketAt(data, 99_000)).toBe(2);
  });
});
