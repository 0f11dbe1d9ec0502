import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InvocationRecord, Report } from '../sim/types';
import { main } from './main';

const REST_API_TIMEOUT = join('examples', 'rest-api-timeout.json');
const SCHEDULED_FAILURE = join('examples', 'scheduled-failure.json');
const SQS_THROTTLED_DLQ = join('examples', 'sqs-throttled-dlq.json');
const STREAM_POISON_RECORD = join('examples', 'stream-poison-record.json');

const directory = mkdtempSync(join(tmpdir(), 'lambda-lanes-sources-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs the command in process on a scenario file, with records, and returns the parsed report. */
function reportOf(path: string): Report {
  let stdout = '';
  let stderr = '';
  const code = main([path, '--records'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as Report;
}

/** Writes a changed copy of an example to the temporary directory and returns the copy's path. */
function variantOf(examplePath: string, name: string, change: (scenario: Record<string, unknown>) => void): string {
  const scenario = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown>;
  change(scenario);
  const path = join(directory, name);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

/** Returns the records of a report, failing when the command left them out. */
function recordsOf(report: Report): InvocationRecord[] {
  if (report.records === undefined) throw new Error('The report has no records. Run the command with --records.');
  return report.records;
}

/** Returns the ids of the events carried by the records that pass `keep`. */
function eventIds(records: InvocationRecord[], keep: (record: InvocationRecord) => boolean): Set<number> {
  return new Set(records.filter(keep).flatMap((record) => record.events));
}

describe('REST API in front of a slow function', () => {
  // Arrival at 0 ms, provisioning 100 ms and init 300 ms: the handler runs from 400 ms to 45,400 ms.
  const report = reportOf(REST_API_TIMEOUT);
  const [record] = recordsOf(report);

  it('caller gets 504', () => {
    expect(report.gatewayTimeouts).toBe(1);
    expect(report.bySource['api-gateway']?.gatewayTimeouts).toBe(1);
    expect(record.statusCode).toBe(504);
  });

  it('invocation itself succeeds', () => {
    expect(record.status).toBe('completed');
    expect(report.completed).toBe(1);
    expect(report.errors).toBe(0);
    expect(report.timeouts).toBe(0);
  });

  it('environment busy until 45 s', () => {
    expect(record.startMs).toBe(400);
    expect(record.runMs).toBe(45_000);
    expect(record.endMs).toBe(45_400);
  });

  it('504 comes at 29 s', () => {
    const before = reportOf(variantOf(REST_API_TIMEOUT, 'before-29s.json', (scenario) => (scenario.durationMs = 28_999)));
    const after = reportOf(variantOf(REST_API_TIMEOUT, 'after-29s.json', (scenario) => (scenario.durationMs = 29_001)));

    expect(before.gatewayTimeouts).toBe(0);
    expect(recordsOf(before)[0].statusCode).toBeNull();
    expect(after.gatewayTimeouts).toBe(1);
    expect(recordsOf(after)[0].statusCode).toBe(504);
    expect(recordsOf(after)[0].status).toBe('in-flight');
  });
});

describe('scheduled function that always fails', () => {
  // rate(5 minutes) fires once in the 9-minute run, at 300 s.
  const report = reportOf(SCHEDULED_FAILURE);
  const records = recordsOf(report);

  it('runs 3 times in all', () => {
    expect(report.events).toBe(1);
    expect(records).toHaveLength(3);
    expect(records.map((record) => record.attempt)).toEqual([1, 2, 3]);
    expect(records.map((record) => record.status)).toEqual(['error', 'error', 'error']);
    expect(report.retries).toBe(2);
  });

  it('every run carries the same event', () => {
    const [first] = records[0].events;

    for (const record of records) expect(record.events).toEqual([first]);
  });

  it('first arrival at 5 minutes', () => {
    expect(records[0].arrivalMs).toBe(300_000);
  });

  it('retries 1 then 2 minutes apart', () => {
    const starts = records.map((record) => record.startMs ?? Number.NaN);

    // Each wait starts when the failed run ends, 200 ms of handler time after it started.
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(60_000);
    expect(starts[1] - starts[0]).toBeLessThan(61_000);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(120_000);
    expect(starts[2] - starts[1]).toBeLessThan(121_000);
  });

  it('event is then lost', () => {
    expect(report.lost).toBe(1);
    expect(report.bySource.schedule?.lost).toBe(1);
    expect(report.deadLettered).toBe(0);
  });

  it('dead-letter queue keeps it', () => {
    const path = variantOf(SCHEDULED_FAILURE, 'dead-letter.json', (scenario) => {
      const [stream] = scenario.traffic as Record<string, unknown>[];
      stream.options = { onFailure: 'dead-letter-queue' };
    });

    const withQueue = reportOf(path);

    expect(recordsOf(withQueue)).toHaveLength(3);
    expect(withQueue.deadLettered).toBe(1);
    expect(withQueue.bySource.schedule?.deadLettered).toBe(1);
    expect(withQueue.lost).toBe(0);
  });
});

describe('SQS burst over reserved concurrency', () => {
  const report = reportOf(SQS_THROTTLED_DLQ);
  const records = recordsOf(report);
  const throttledIds = eventIds(records, (record) => record.status === 'throttled');
  const ranIds = eventIds(records, (record) => record.status !== 'throttled');

  it('dead-letters some messages', () => {
    expect(report.events).toBe(300);
    expect(report.deadLettered).toBeGreaterThan(0);
    expect(report.bySource.sqs?.deadLettered).toBe(report.deadLettered);
  });

  it('dead-lettered messages never ran', () => {
    const ranAfterThrottle = [...throttledIds].filter((id) => ranIds.has(id));

    expect(ranAfterThrottle).toEqual([]);
    // With maxReceiveCount 1, a throttled message is moved at its next receive, so these are the same messages.
    expect(throttledIds.size).toBe(report.deadLettered);
  });

  it('handled messages all complete', () => {
    const ran = records.filter((record) => record.status !== 'throttled');

    for (const record of ran) expect(record.status).toBe('completed');
    expect(ranIds.size + throttledIds.size).toBe(300);
  });

  it('throttles come from reserved concurrency', () => {
    expect(report.throttles).toBeGreaterThan(0);
    expect(report.throttlesByCause['reserved-concurrency']).toBe(report.throttles);
    expect(report.peakConcurrency).toBe(10);
  });
});

describe('poison record in a stream shard', () => {
  // Records alternate between the 2 shards by sequence number. Record 10 arrives at 5 s, on shard 0.
  const report = reportOf(STREAM_POISON_RECORD);
  const records = recordsOf(report);
  const firstEventId = Math.min(...records.flatMap((record) => record.events));
  const sequenceOf = (eventId: number) => eventId - firstEventId;
  const shardOf = (eventId: number) => sequenceOf(eventId) % 2;

  it('iterator age grows to the run length', () => {
    expect(report.maxIteratorAgeMs).toBeGreaterThanOrEqual(54_000);
    expect(report.maxIteratorAgeMs).toBeLessThanOrEqual(55_000);
    expect(report.bySource['dynamodb-stream']?.maxIteratorAgeMs).toBe(report.maxIteratorAgeMs);
  });

  it('other shard completes every record', () => {
    const otherShard = records.filter((record) => record.events.some((id) => shardOf(id) === 1));
    const otherShardIds = otherShard.flatMap((record) => record.events);

    expect(otherShardIds).toHaveLength(60);
    for (const id of otherShardIds) expect(shardOf(id)).toBe(1);
    for (const record of otherShard) expect(record.status).toBe('completed');
  });

  it('blocked shard stops at the record', () => {
    const completedIds = eventIds(records, (record) => record.status === 'completed');
    const blockedShardDone = [...completedIds].filter((id) => shardOf(id) === 0).map(sequenceOf);

    expect(blockedShardDone).toEqual([0, 2, 4, 6, 8]);
  });

  it('failed batches start at the record', () => {
    const failed = records.filter((record) => record.status === 'error');

    expect(failed.length).toBeGreaterThan(10);
    for (const record of failed) expect(sequenceOf(record.events[0])).toBe(10);
  });
});

describe('simulate process with a source', () => {
  it('REST API file gives 504', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', REST_API_TIMEOUT, '--records'], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as Report;

    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(report.gatewayTimeouts).toBe(1);
    expect(report.records?.[0].statusCode).toBe(504);
  });
});
