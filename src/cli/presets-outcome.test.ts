import { describe, expect, it } from 'vitest';
import type { InvocationRecord, Report } from '../sim/types';
import { main } from './main';

/** Runs a preset through the command, with records, and returns the parsed report. */
function presetReport(name: string): Report {
  let stdout = '';
  let stderr = '';
  const code = main(['--preset', name, '--records'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as Report;
}

/** Returns a record's time from arrival to end. */
function latencyOf(record: InvocationRecord): number {
  if (record.endMs === null) throw new Error(`invocation ${record.id} did not end`);
  return record.endMs - record.arrivalMs;
}

describe('seed-story outcome', () => {
  const report = presetReport('seed-story');
  const records = report.records ?? [];

  it('has three completed records', () => {
    expect(records).toHaveLength(3);
    expect(records.map((record) => record.status)).toEqual(['completed', 'completed', 'completed']);
  });

  it('event 1 cold starts environment 1', () => {
    expect(records[0].outcome).toBe('cold');
    expect(records[0].environment).toBe(1);
  });

  it('event 2 cold starts environment 2', () => {
    expect(records[1].outcome).toBe('cold');
    expect(records[1].environment).toBe(2);
  });

  it('event 3 runs warm on environment 1', () => {
    expect(records[2].outcome).toBe('warm');
    expect(records[2].environment).toBe(1);
    expect(records[2].initMs).toBe(0);
  });

  it('event 3 finishes soonest after arrival', () => {
    expect(latencyOf(records[2])).toBeLessThan(latencyOf(records[0]));
    expect(latencyOf(records[2])).toBeLessThan(latencyOf(records[1]));
  });

  it('two environments, two cold starts', () => {
    expect(report.environmentsCreated).toBe(2);
    expect(report.coldStarts).toBe(2);
    expect(report.warmStarts).toBe(1);
    expect(report.peakConcurrency).toBe(2);
  });
});

describe('throttling outcome', () => {
  const report = presetReport('throttling');

  it('throttles 20 of 30', () => {
    expect(report.invocations).toBe(30);
    expect(report.throttles).toBe(20);
    expect(report.throttlesByCause['account-concurrency']).toBe(20);
  });

  it('cold starts 10 environments', () => {
    expect(report.coldStarts).toBe(10);
    expect(report.environmentsCreated).toBe(10);
    expect(report.peakConcurrency).toBe(10);
  });
});

describe('timeout outcome', () => {
  it('cuts some invocations', () => {
    const report = presetReport('timeout');

    expect(report.timeouts).toBeGreaterThan(0);
    expect(report.timeouts).toBeLessThan(report.invocations / 5);
  });
});

describe('steady outcome', () => {
  it('serves mostly warm', () => {
    const report = presetReport('steady');

    expect(report.throttles).toBe(0);
    expect(report.coldStartRatio).toBeLessThan(0.1);
  });
});

describe('spike outcome', () => {
  it('cold starts most of the burst', () => {
    const report = presetReport('spike');

    expect(report.invocations).toBeGreaterThan(300);
    expect(report.coldStarts).toBeGreaterThan(250);
    expect(report.throttles).toBe(0);
  });
});
