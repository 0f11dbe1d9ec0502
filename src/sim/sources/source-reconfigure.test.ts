import { describe, expect, it } from 'vitest';
import { Simulation } from '../simulation';
import { testScenario } from '../test-scenario';
import type { Scenario, SourceOptions, TrafficStream } from '../types';

/** 100 SQS messages at once for a function capped at 2 environments, so most of them wait. */
function queueScenario(options: SourceOptions): Scenario {
  return testScenario({
    durationMs: 300_000,
    function: { runDurationMs: 5_000, timeoutMs: 10_000 },
    platform: { reservedConcurrency: 2 },
    traffic: [{ source: 'sqs', label: 'jobs', pattern: 'burst', count: 100, atMs: 0, options }],
  });
}

/** Returns `scenario` with the first traffic stream changed by `change`. */
function withStream(scenario: Scenario, change: Partial<TrafficStream>): Scenario {
  return { ...scenario, traffic: [{ ...scenario.traffic[0], ...change } as TrafficStream] };
}

describe('source options changed mid-run', () => {
  it('keep the waiting messages', () => {
    const scenario = queueScenario({ batchSize: 1 });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(10_000);
    const waiting = simulation.snapshot().sources[0].queueDepth;

    simulation.reconfigure(withStream(scenario, { options: { batchSize: 5 } }));
    const queue = simulation.snapshot().sources[0];

    expect(waiting).toBeGreaterThan(0);
    expect(queue.queueDepth).toBe(waiting);
    expect(queue.counts.events).toBe(100);
  });

  it('apply to the waiting messages', () => {
    const scenario = queueScenario({ batchSize: 1 });
    const simulation = new Simulation(scenario, { recordLimit: 1_000 });
    simulation.advanceTo(10_000);
    simulation.reconfigure(withStream(scenario, { options: { batchSize: 5 } }));
    simulation.runToEnd();

    const batches = (simulation.report().records ?? []).filter((record) => record.arrivalMs > 10_000);
    expect(batches.length).toBeGreaterThan(0);
    expect(Math.max(...batches.map((record) => record.events.length))).toBe(5);
    expect(simulation.report().bySource.sqs?.events).toBe(100);
  });

  it('start nothing from a replaced source', () => {
    const scenario = queueScenario({ batchSize: 1 });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(10_000);
    // A different source kind needs a new adapter; the queue's waiting messages go with the old one.
    simulation.reconfigure(withStream(scenario, { source: 's3', options: {} }));
    const invocationsAtChange = simulation.snapshot().metrics.invocations;
    const running = simulation.snapshot().metrics.inFlight;
    simulation.runToEnd();

    // Only the batches already running end; the burst's time has passed, so the new source gets no events.
    expect(simulation.snapshot().metrics.invocations).toBe(invocationsAtChange);
    expect(simulation.snapshot().metrics.inFlight).toBe(0);
    expect(running).toBeGreaterThan(0);
  });

  it('restart a stream whose shard count changes', () => {
    const scenario = testScenario({
      durationMs: 120_000,
      function: { runDurationMs: 2_000 },
      traffic: [{ source: 'dynamodb-stream', pattern: 'burst', count: 40, atMs: 0, options: { shards: 2, batchSize: 1 } }],
    });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(5_000);
    const invocationsAtChange = simulation.snapshot().metrics.invocations;
    simulation.reconfigure(withStream(scenario, { options: { shards: 4, batchSize: 1 } }));
    simulation.runToEnd();

    expect(simulation.snapshot().sources[0].shards).toHaveLength(4);
    expect(simulation.snapshot().sources[0].counts.events).toBe(0);
    expect(simulation.snapshot().metrics.invocations).toBe(invocationsAtChange);
  });
});
