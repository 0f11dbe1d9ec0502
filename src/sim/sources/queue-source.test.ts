import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from '../simulation';
import { testScenario } from '../test-scenario';
import type { QueueOptions } from '../types';

const messages = (count: number, options: Partial<QueueOptions> = {}, atMs = 0) => ({
  source: 'sqs' as const,
  pattern: 'burst' as const,
  count,
  atMs,
  options,
});

describe('SQS source', () => {
  it('receives full batches', () => {
    const report = runScenario(testScenario({ traffic: [messages(50)] }), { records: true });

    expect(report.records?.map((record) => record.events.length)).toEqual([10, 10, 10, 10, 10]);
    expect(report.bySource.sqs?.succeeded).toBe(50);
  });

  it('starts with 5 concurrent batches', () => {
    const scenario = testScenario({ function: { runDurationMs: 10_000, timeoutMs: 20_000 }, traffic: [messages(200)] });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(50);

    expect(simulation.snapshot().metrics.concurrency).toBe(5);
    expect(simulation.snapshot().sources[0].pollers).toBe(5);
  });

  it('adds up to 300 pollers a minute while messages wait', () => {
    const scenario = testScenario({
      durationMs: 300_000,
      function: { runDurationMs: 120_000, timeoutMs: 300_000 },
      traffic: [messages(20_000, { batchSize: 1, visibilityTimeoutMs: 600_000 })],
    });
    const simulation = new Simulation(scenario);

    simulation.advanceTo(30_000);
    expect(simulation.snapshot().sources[0].pollers).toBe(155);

    simulation.advanceTo(60_000);
    expect(simulation.snapshot().sources[0].pollers).toBe(305);
  });

  it('caps batches at the maximum concurrency', () => {
    const scenario = testScenario({
      function: { runDurationMs: 120_000, timeoutMs: 300_000 },
      traffic: [messages(2_000, { batchSize: 1, maximumConcurrency: 3, visibilityTimeoutMs: 600_000 })],
    });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(60_000);

    expect(simulation.snapshot().metrics.concurrency).toBe(3);
    expect(simulation.report().throttles).toBe(0);
  });

  it('redelivers a failed batch after the visibility timeout', () => {
    const scenario = testScenario({
      durationMs: 200_000,
      function: { errorRate: 1 },
      traffic: [messages(1, { visibilityTimeoutMs: 30_000, maxReceiveCount: 3 })],
    });
    const report = runScenario(scenario, { records: true });

    expect(report.records?.map((record) => record.arrivalMs)).toEqual([0, 30_000, 60_000]);
    expect(report.records?.map((record) => record.attempt)).toEqual([1, 2, 3]);
    expect(report.deadLettered).toBe(1);
  });

  it('sends throttled batches to the dead-letter queue unrun', () => {
    const scenario = testScenario({
      durationMs: 600_000,
      function: { runDurationMs: 5_000, timeoutMs: 10_000 },
      platform: { reservedConcurrency: 10 },
      traffic: [messages(300, { maxReceiveCount: 1 })],
    });
    const report = runScenario(scenario, { records: true });
    const ran = new Set((report.records ?? []).filter((record) => record.status !== 'throttled').flatMap((record) => record.events));

    expect(report.deadLettered).toBe(130);
    expect(report.bySource.sqs?.succeeded).toBe(170);
    expect(ran.size).toBe(170);
  });

  it('backs off after throttles', () => {
    const run = (options: Partial<QueueOptions>) =>
      runScenario(
        testScenario({
          durationMs: 600_000,
          function: { runDurationMs: 5_000, timeoutMs: 10_000 },
          platform: { reservedConcurrency: 10 },
          traffic: [messages(300, { maxReceiveCount: 1, ...options })],
        }),
      );
    const backingOff = run({});
    const relentless = run({ backoffMs: 0, backoffPollers: 0 });

    expect(backingOff.throttles).toBe(13);
    expect(relentless.throttles).toBe(20);
    expect(backingOff.deadLettered).toBeLessThan(relentless.deadLettered);
  });

  it('shrinks the fleet after each throttle', () => {
    const fleetAt = (timeMs: number, options: Partial<QueueOptions>) => {
      const simulation = new Simulation(
        testScenario({
          function: { runDurationMs: 5_000, timeoutMs: 10_000 },
          platform: { reservedConcurrency: 10 },
          traffic: [messages(300, { maxReceiveCount: 1, ...options })],
        }),
      );
      simulation.advanceTo(timeMs);
      return simulation.snapshot().sources[0].pollers;
    };

    expect(fleetAt(4_000, {})).toBe(12);
    expect(fleetAt(4_000, { backoffPollers: 0 })).toBe(15);
  });

  it('pauses a throttled poller', () => {
    const throttlesAtZero = (options: Partial<QueueOptions>) => {
      const simulation = new Simulation(
        testScenario({
          function: { runDurationMs: 20_000, timeoutMs: 30_000 },
          platform: { reservedConcurrency: 2 },
          traffic: [messages(2_000, { maxReceiveCount: 1, ...options })],
        }),
      );
      simulation.advanceTo(0);
      return simulation.snapshot().metrics.throttles;
    };

    // Five pollers, two batches run: each of the other three is throttled once and then waits.
    expect(throttlesAtZero({})).toBe(3);
    // Without the pause, throttled pollers receive again at once and run through the queue in one moment.
    expect(throttlesAtZero({ backoffMs: 0 })).toBe(198);
  });

  it('runs a message twice when visibility is shorter than the run', () => {
    const scenario = testScenario({
      durationMs: 300_000,
      function: { runDurationMs: 40_000, timeoutMs: 60_000 },
      traffic: [messages(1, { visibilityTimeoutMs: 30_000 })],
    });
    const report = runScenario(scenario, { records: true });

    expect(report.duplicates).toBe(1);
    expect(report.records?.map((record) => record.startMs)).toEqual([400, 30_400]);
    expect(report.bySource.sqs?.succeeded).toBe(1);
  });

  it('waits for the batch window', () => {
    const scenario = testScenario({
      traffic: [{ source: 'sqs', pattern: 'times', atMs: [0, 100, 200], options: { batchWindowMs: 1_000 } }],
    });
    const report = runScenario(scenario, { records: true });

    expect(report.records).toHaveLength(1);
    expect(report.records?.[0].arrivalMs).toBe(1_000);
  });
});

describe('SQS source with a zero visibility timeout', () => {
  it('redelivers after at least 1 s instead of looping', () => {
    const scenario = testScenario({
      durationMs: 10_000,
      function: { runDurationMs: 0, initDurationMs: 0, errorRate: 1 },
      traffic: [messages(1, { visibilityTimeoutMs: 0 })],
    });
    const report = runScenario(scenario, { records: true });

    expect(report.records?.map((record) => record.arrivalMs)).toEqual([
      0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000,
    ]);
  });
});
