import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_NAMES, isPresetName, presetScenario } from './presets';
import { parseScenario } from './scenario/parse';
import { runScenario } from './simulation';
import type { InvocationRecord, Report } from './types';

describe('presets', () => {
  it.each(PRESET_NAMES)('%s passes the schema unchanged', (name) => {
    const { scenario } = PRESETS[name];

    expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
  });

  it.each(PRESET_NAMES)('%s has a one-line caption', (name) => {
    const { caption } = PRESETS[name];

    expect(caption.length).toBeGreaterThan(20);
    expect(caption).not.toContain('\n');
    expect(PRESETS[name].name).toBe(name);
  });

  // Asynchronous retries wait 1 and then 2 minutes, and a schedule fires once a minute, so the
  // source presets need longer runs than the others.
  it.each(PRESET_NAMES)('%s runs from 10 s to 11 min', (name) => {
    const { durationMs } = PRESETS[name].scenario;

    expect(durationMs).toBeGreaterThanOrEqual(10_000);
    expect(durationMs).toBeLessThanOrEqual(660_000);
  });

  it('presetScenario returns a fresh copy', () => {
    const copy = presetScenario('steady');
    copy.platform.concurrencyLimit = 1;

    expect(copy).not.toBe(PRESETS.steady.scenario);
    expect(PRESETS.steady.scenario.platform.concurrencyLimit).toBe(1_000);
    expect(presetScenario('steady').platform.concurrencyLimit).toBe(1_000);
  });

  it('isPresetName checks names', () => {
    expect(isPresetName('spike')).toBe(true);
    expect(isPresetName('Spike')).toBe(false);
    expect(isPresetName('constructor')).toBe(false);
  });
});

describe('seed-story preset', () => {
  const { scenario } = PRESETS['seed-story'];

  it('uses constant durations only', () => {
    const durations = [
      scenario.function.initDurationMs,
      scenario.function.runDurationMs,
      scenario.platform.provisionDurationMs,
      scenario.platform.idleLifetimeMs,
      scenario.platform.shutdownDurationMs,
      scenario.platform.resetDurationMs,
    ];

    for (const duration of durations) expect(typeof duration).toBe('number');
    expect(scenario.function.errorRate).toBe(0);
    expect(scenario.platform.reuse).toBe('newest');
  });

  it('timeline gives cold, cold, warm', () => {
    const provisionMs = scenario.platform.provisionDurationMs as number;
    const initMs = scenario.function.initDurationMs as number;
    const runMs = scenario.function.runDurationMs as number;
    const [stream] = scenario.traffic;
    if (stream.pattern !== 'times') throw new Error('seed-story must list its arrival times');
    const [first, second, third] = stream.atMs;

    const firstEndMs = first + provisionMs + initMs + runMs;
    const secondEndMs = second + provisionMs + initMs + runMs;

    // Event 2 arrives while environment 1 is busy, so it needs a second environment.
    expect(second).toBeLessThan(firstEndMs);
    // Event 3 arrives after environment 1 is free but before environment 2 is.
    expect(third).toBeGreaterThan(firstEndMs);
    expect(third).toBeLessThan(secondEndMs);
    // A warm start skips provisioning and init, so event 3 takes less time than the cold starts.
    expect(runMs).toBeLessThan(firstEndMs - first);
    // Both environments are reclaimed and shut down before the run ends.
    const lastIdleFromMs = Math.max(third + runMs, secondEndMs);
    const reclaimedMs = lastIdleFromMs + (scenario.platform.idleLifetimeMs as number);
    expect(reclaimedMs + (scenario.platform.shutdownDurationMs as number)).toBeLessThan(scenario.durationMs);
  });
});

describe('throttling preset', () => {
  it('bursts 30 at a limit of 10', () => {
    const { scenario } = PRESETS.throttling;

    expect(scenario.platform.concurrencyLimit).toBe(10);
    expect(scenario.traffic).toEqual([expect.objectContaining({ pattern: 'burst', count: 30 })]);
  });
});

/** Runs a preset to its end with one record per invocation. */
function presetReport(name: keyof typeof PRESETS): { report: Report; records: InvocationRecord[] } {
  const report = runScenario(PRESETS[name].scenario, { records: true });
  return { report, records: report.records ?? [] };
}

describe('gateway-timeout preset', () => {
  const { report, records } = presetReport('gateway-timeout');

  it('answers 504 to both callers', () => {
    expect(report.gatewayTimeouts).toBe(2);
    expect(records.map((record) => record.statusCode)).toEqual([504, 504]);
  });

  it('handlers still complete at 45 s', () => {
    for (const record of records) {
      expect(record.status).toBe('completed');
      expect(record.runMs).toBe(45_000);
    }
  });

  it('second request cold starts', () => {
    expect(records[1].outcome).toBe('cold');
    expect(records[1].environment).toBe(2);
    expect(records[1].arrivalMs).toBeLessThan(records[0].endMs ?? 0);
  });
});

describe('async-retries preset', () => {
  const { report, records } = presetReport('async-retries');

  it('runs each event 3 times', () => {
    expect(report.events).toBe(3);
    expect(report.invocations).toBe(9);
    expect(report.retries).toBe(6);
    expect(report.errors).toBe(9);
  });

  it('loses S3 and dead-letters SNS', () => {
    expect(report.bySource.s3?.lost).toBe(2);
    expect(report.bySource.sns?.deadLettered).toBe(1);
    expect(report.lost).toBe(2);
    expect(report.deadLettered).toBe(1);
  });

  it('last attempts end inside the run', () => {
    const lastAttempts = records.filter((record) => record.attempt === 3);

    expect(lastAttempts).toHaveLength(3);
    for (const record of lastAttempts) expect(record.endMs).not.toBeNull();
  });
});

describe('poison-record preset', () => {
  const { report, records } = presetReport('poison-record');
  const firstEventId = Math.min(...records.flatMap((record) => record.events));
  const shardOf = (eventId: number) => (eventId - firstEventId) % 2;

  it('iterator age grows to the run end', () => {
    // Record 10 arrives at 5 s and blocks its shard until the run stops at 60 s.
    expect(report.maxIteratorAgeMs).toBeGreaterThanOrEqual(54_000);
    expect(report.maxIteratorAgeMs).toBeLessThanOrEqual(55_000);
  });

  it('other shard completes every record', () => {
    const otherShard = records.filter((record) => record.events.every((id) => shardOf(id) === 1));

    // Shard 1 takes the odd records: one every second from 0.5 s to 59.5 s.
    expect(otherShard.flatMap((record) => record.events)).toHaveLength(60);
    for (const record of otherShard) expect(record.status).toBe('completed');
  });

  it('blocked shard only fails', () => {
    const failed = records.filter((record) => record.status === 'error');

    expect(failed.length).toBeGreaterThan(10);
    for (const record of failed) expect(record.events.every((id) => shardOf(id) === 0)).toBe(true);
  });
});

describe('sqs-throttled-to-dlq preset', () => {
  const { report, records } = presetReport('sqs-throttled-to-dlq');

  it('dead-letters throttled messages', () => {
    const throttledIds = new Set(records.filter((record) => record.status === 'throttled').flatMap((record) => record.events));

    expect(report.throttles).toBeGreaterThan(0);
    expect(report.deadLettered).toBe(throttledIds.size);
  });

  it('runs at most 10 at once', () => {
    expect(report.peakConcurrency).toBe(10);
    expect(report.throttlesByCause['reserved-concurrency']).toBe(report.throttles);
  });
});

describe('schedule-every-minute preset', () => {
  const { report, records } = presetReport('schedule-every-minute');

  it('fires once a minute', () => {
    expect(records.map((record) => record.arrivalMs)).toEqual(Array.from({ length: 10 }, (_, index) => (index + 1) * 60_000));
  });

  it('one cold start, nine warm', () => {
    expect(report.coldStarts).toBe(1);
    expect(report.warmStarts).toBe(9);
    expect(report.environmentsCreated).toBe(1);
  });
});
