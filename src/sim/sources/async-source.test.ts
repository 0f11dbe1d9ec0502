import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from '../simulation';
import { testScenario } from '../test-scenario';
import type { AsyncOptions } from '../types';

const upload = (options: Partial<AsyncOptions> = {}, ...atMs: number[]) => ({
  source: 's3' as const,
  pattern: 'times' as const,
  atMs: atMs.length > 0 ? atMs : [0],
  options,
});

describe('asynchronous source', () => {
  it('runs an event that succeeds once', () => {
    const report = runScenario(testScenario({ traffic: [upload()] }));

    expect(report.invocations).toBe(1);
    expect(report.retries).toBe(0);
    expect(report.bySource.s3?.succeeded).toBe(1);
  });

  it('retries a failing event twice, 1 and 2 minutes apart', () => {
    const scenario = testScenario({ durationMs: 900_000, function: { errorRate: 1 }, traffic: [upload()] });
    const report = runScenario(scenario, { records: true });
    const starts = (report.records ?? []).map((record) => record.arrivalMs);

    expect(starts).toHaveLength(3);
    expect(starts[1] - (report.records?.[0].endMs ?? 0)).toBe(60_000);
    expect(starts[2] - (report.records?.[1].endMs ?? 0)).toBe(120_000);
    expect(report.records?.map((record) => record.attempt)).toEqual([1, 2, 3]);
    expect(report.lost).toBe(1);
  });

  it('honours fewer retry attempts', () => {
    const scenario = testScenario({ function: { errorRate: 1 }, traffic: [upload({ maximumRetryAttempts: 0 })] });
    const report = runScenario(scenario);

    expect(report.invocations).toBe(1);
    expect(report.lost).toBe(1);
  });

  it('sends a discarded event to its failure target', () => {
    const toQueue = runScenario(
      testScenario({ durationMs: 900_000, function: { errorRate: 1 }, traffic: [upload({ onFailure: 'dead-letter-queue' })] }),
    );
    const toDestination = runScenario(
      testScenario({ durationMs: 900_000, function: { errorRate: 1 }, traffic: [upload({ onFailure: 'destination' })] }),
    );

    expect(toQueue.deadLettered).toBe(1);
    expect(toDestination.sentToDestination).toBe(1);
    expect(toQueue.lost + toDestination.lost).toBe(0);
  });

  it('retries timeouts like errors', () => {
    const scenario = testScenario({
      durationMs: 900_000,
      function: { runDurationMs: 5_000, timeoutMs: 3_000 },
      traffic: [upload()],
    });
    const report = runScenario(scenario);

    expect(report.timeouts).toBe(3);
    expect(report.lost).toBe(1);
  });

  it('backs off throttled events until they succeed', () => {
    // One environment busy for 10 s: the second upload is throttled, then retried after 1, 2, 4 s.
    const scenario = testScenario({
      function: { runDurationMs: 10_000, timeoutMs: 20_000 },
      platform: { concurrencyLimit: 1 },
      traffic: [upload({}, 0, 0)],
    });
    const report = runScenario(scenario, { records: true });
    const retried = (report.records ?? []).filter((record) => record.events[0] === 2);

    expect(retried.map((record) => record.arrivalMs)).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
    expect(retried.at(-1)?.status).toBe('completed');
    expect(report.bySource.s3?.throttles).toBe(4);
  });

  it('drops a throttled event past its maximum age', () => {
    const scenario = testScenario({
      durationMs: 3_600_000,
      platform: { reservedConcurrency: 0 },
      traffic: [upload({ maximumEventAgeMs: 60_000 })],
    });
    const simulation = new Simulation(scenario);
    simulation.runToEnd();

    const event = simulation.event(1);
    expect(event?.state).toBe('lost');
    expect(event?.endedMs).toBeLessThanOrEqual(60_000);
  });

  it('counts waiting events as queue depth', () => {
    const scenario = testScenario({ platform: { reservedConcurrency: 0 }, traffic: [upload({}, 0, 0, 0)] });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(10);

    expect(simulation.snapshot().sources[0].queueDepth).toBe(3);
  });
});
