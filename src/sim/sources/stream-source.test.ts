import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from '../simulation';
import { testScenario } from '../test-scenario';
import type { StreamOptions } from '../types';

const records = (ratePerSec: number, options: Partial<StreamOptions>, endMs?: number) => ({
  source: 'dynamodb-stream' as const,
  pattern: 'constant' as const,
  ratePerSec,
  endMs,
  options,
});

describe('DynamoDB stream source', () => {
  it('sends records in order in batches', () => {
    const scenario = testScenario({
      function: { runDurationMs: 50 },
      traffic: [records(100, { batchSize: 25 }, 1_000)],
    });
    const report = runScenario(scenario, { records: true });
    const eventIds = (report.records ?? []).flatMap((record) => record.events);

    expect(eventIds).toEqual([...eventIds].sort((a, b) => a - b));
    expect(new Set(eventIds).size).toBe(100);
    expect(report.bySource['dynamodb-stream']?.succeeded).toBe(100);
  });

  it('blocks the shard of a bad record while other shards flow', () => {
    const scenario = testScenario({
      durationMs: 60_000,
      function: { runDurationMs: 50 },
      traffic: [records(20, { shards: 2, batchSize: 10, poisonRecords: [40] })],
    });
    const simulation = new Simulation(scenario, { recordLimit: 100_000 });
    simulation.runToEnd();

    const [blocked, flowing] = simulation.snapshot().sources[0].shards;
    expect(blocked.blocked).toBe(true);
    expect(blocked.iteratorAgeMs).toBeGreaterThan(55_000);
    expect(flowing.pending).toBeLessThan(20);
    expect(flowing.iteratorAgeMs).toBeLessThan(2_000);
    expect(simulation.report().maxIteratorAgeMs).toBeGreaterThan(55_000);
  });

  it('moves on after the retry limit', () => {
    const scenario = testScenario({
      durationMs: 30_000,
      function: { runDurationMs: 50 },
      traffic: [records(10, { batchSize: 10, maximumRetryAttempts: 2, poisonRecords: [5] }, 5_000)],
    });
    const report = runScenario(scenario);

    // The first batch of ten fails three times, then goes nowhere; the other four batches succeed.
    expect(report.lost).toBe(10);
    expect(report.bySource['dynamodb-stream']?.succeeded).toBe(40);
    expect(report.retries).toBe(2);
  });

  it('isolates a bad record by bisecting', () => {
    const scenario = testScenario({
      durationMs: 60_000,
      function: { runDurationMs: 50 },
      traffic: [
        records(
          100,
          { batchSize: 16, maximumRetryAttempts: 6, bisectBatchOnError: true, onFailure: 'destination', poisonRecords: [5] },
          160,
        ),
      ],
    });
    const report = runScenario(scenario);

    expect(report.sentToDestination).toBe(1);
    expect(report.bySource['dynamodb-stream']?.succeeded).toBe(15);
  });

  it('expires records past the maximum record age', () => {
    const scenario = testScenario({
      durationMs: 200_000,
      function: { runDurationMs: 50 },
      traffic: [records(1, { batchSize: 1, maximumRecordAgeMs: 60_000, poisonRecords: [0] }, 1_000)],
    });
    const simulation = new Simulation(scenario);
    simulation.runToEnd();

    expect(simulation.event(1)?.state).toBe('lost');
    expect(simulation.event(1)?.endedMs).toBeGreaterThan(60_000);
    expect(simulation.event(1)?.endedMs).toBeLessThan(62_000);
  });

  it('fails an event marked by hand', () => {
    const scenario = testScenario({ function: { runDurationMs: 50 }, traffic: [] });
    const simulation = new Simulation(scenario);
    const id = simulation.sendEvent('dynamodb-stream');

    expect(simulation.failEvent(id)).toBe(true);
    simulation.advanceTo(10_000);

    expect(simulation.event(id)?.state).toBe('waiting');
    expect(simulation.snapshot().sources[0].shards[0].blocked).toBe(true);
  });
});

describe('DynamoDB stream retry wait', () => {
  it('keeps the retry wait when a record arrives as a batch fails', () => {
    // A record every 50 ms: some arrive in the very millisecond a failing batch ends.
    const scenario = testScenario({
      durationMs: 20_000,
      function: { runDurationMs: 50, initDurationMs: 0 },
      traffic: [records(20, { batchSize: 1, poisonRecords: [0] })],
    });
    const report = runScenario(scenario, { records: true });
    const tries = (report.records ?? []).filter((record) => record.events[0] === 1);

    for (let index = 1; index < tries.length; index++) {
      expect(tries[index].arrivalMs - (tries[index - 1].endMs ?? 0)).toBeGreaterThanOrEqual(1_000);
    }
    expect(tries.length).toBeGreaterThan(10);
  });
});
