import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../sim/presets';
import type { InvocationRecord } from '../../sim/types';
import { buildRunReport, recordsToCsv } from './export-records';
import { RunTimeline } from './run-timeline';

describe('export records', () => {
  it('replays seed-story with one record per invocation', () => {
    const report = buildRunReport(new RunTimeline(presetScenario('seed-story')), 3_000);
    expect(report.records?.map((record) => record.outcome)).toEqual(['cold', 'cold', 'warm']);
    expect(report.durationMs).toBe(3_000);
  });

  it('includes inputs sent by hand', () => {
    const timeline = new RunTimeline(presetScenario('seed-story'), [{ atMs: 10_000, kind: 'send-event', source: 's3' }]);
    const report = buildRunReport(timeline, 15_000);
    expect(report.records).toHaveLength(4);
    expect(report.records?.[3].source).toBe('s3');
  });

  it('writes a CSV header and rows', () => {
    const record: InvocationRecord = {
      id: 7,
      source: 'sqs',
      arrivalMs: 10,
      outcome: 'throttled',
      status: 'throttled',
      throttleCause: 'account-concurrency',
      environment: null,
      startMs: null,
      endMs: null,
      initMs: 0,
      runMs: null,
      attempt: 1,
      events: [3, 4],
      statusCode: null,
    };
    const [header, row, end] = recordsToCsv([record]).split('\r\n');
    expect(header).toBe('id,source,arrivalMs,outcome,status,throttleCause,environment,startMs,endMs,initMs,runMs,attempt,events,statusCode');
    expect(row).toBe('7,sqs,10,throttled,throttled,account-concurrency,,,,0,,1,3 4,');
    expect(end).toBe('');
  });
});
