import { describe, expect, it } from 'vitest';
import type { Scenario, TrafficStream } from '../types';
import { formatScenarioErrors, parseScenario, type ScenarioError } from './parse';
import { optionsSchemaFor, scheduleExpressionProblem } from './source-options-schema';

const MINIMAL = { version: 1, durationMs: 10_000 };

/** Returns a scenario with one stream of `source` that sends one event at 0 ms, with these options. */
function withOptions(source: string, options: unknown): Record<string, unknown> {
  return { ...MINIMAL, traffic: [{ source, pattern: 'times', atMs: [0], options }] };
}

/** Returns a scenario with one stream. */
function withStream(stream: Record<string, unknown>): Record<string, unknown> {
  return { ...MINIMAL, traffic: [stream] };
}

function scenarioOf(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`expected errors, got a scenario: ${JSON.stringify(result.scenario)}`);
  return result.errors;
}

function firstStream(input: unknown): TrafficStream {
  return scenarioOf(input).traffic[0];
}

describe('source options accepted', () => {
  const accepted: [title: string, source: string, options: Record<string, unknown>][] = [
    ['REST API at 29 s', 'api-gateway', { api: 'rest', integrationTimeoutMs: 29_000 }],
    ['HTTP API at 30 s', 'api-gateway', { api: 'http', integrationTimeoutMs: 30_000 }],
    ['gateway at 50 ms', 'api-gateway', { integrationTimeoutMs: 50 }],
    ['async bounds low', 's3', { maximumRetryAttempts: 0, maximumEventAgeMs: 60_000, onFailure: 'dead-letter-queue' }],
    ['async bounds high', 'sns', { maximumRetryAttempts: 2, maximumEventAgeMs: 21_600_000, onFailure: 'destination' }],
    ['schedule options', 'schedule', { onFailure: 'none' }],
    ['stream bounds low', 'dynamodb-stream', {
      shards: 1, batchSize: 1, batchWindowMs: 0, maximumRetryAttempts: -1, maximumRecordAgeMs: -1,
      bisectBatchOnError: false, onFailure: 'none', poisonRecords: [],
    }],
    ['stream bounds high', 'dynamodb-stream', {
      shards: 1_000, batchSize: 10_000, batchWindowMs: 300_000, maximumRetryAttempts: 10_000,
      maximumRecordAgeMs: 604_800_000, bisectBatchOnError: true, onFailure: 'destination', poisonRecords: [0, 7, 7],
    }],
    ['stream record age 60 s', 'dynamodb-stream', { maximumRecordAgeMs: 60_000 }],
    ['queue bounds low', 'sqs', {
      batchSize: 1, batchWindowMs: 0, visibilityTimeoutMs: 0, maxReceiveCount: 1, maximumConcurrency: 2, poisonMessages: [],
    }],
    ['queue bounds high', 'sqs', {
      batchSize: 10_000, batchWindowMs: 300_000, visibilityTimeoutMs: 43_200_000, maxReceiveCount: 1_000,
      maximumConcurrency: 1_000, poisonMessages: [3],
    }],
    ['queue nulls', 'sqs', { maxReceiveCount: null, maximumConcurrency: null }],
    ['queue batch 10 without window', 'sqs', { batchSize: 10 }],
    ['queue batch 11 with 1 s window', 'sqs', { batchSize: 11, batchWindowMs: 1_000 }],
    ['stream batch 100 without window', 'dynamodb-stream', { batchSize: 100 }],
    ['manual empty', 'manual', {}],
    ['empty options', 'sqs', {}],
  ];

  it.each(accepted)('%s', (_title, source, options) => {
    expect(firstStream(withOptions(source, options)).options).toEqual(options);
  });

  it('keeps options as given', () => {
    const stream = firstStream(withOptions('api-gateway', { api: 'http' }));

    expect(stream.options).toEqual({ api: 'http' });
  });

  it('leaves missing options out', () => {
    const stream = firstStream(withStream({ source: 'sqs', pattern: 'times', atMs: [0] }));

    expect(stream).not.toHaveProperty('options');
  });

  it('copies options and their arrays', () => {
    const poisonRecords = [1, 2];
    const options = { shards: 2, poisonRecords };
    const stream = firstStream(withOptions('dynamodb-stream', options));
    poisonRecords.push(3);
    options.shards = 5;

    expect(stream.options).toEqual({ shards: 2, poisonRecords: [1, 2] });
  });

  it('parsed scenario parses to itself', () => {
    const scenario = scenarioOf(withOptions('sqs', { batchSize: 5, maxReceiveCount: 3 }));

    expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
  });
});

describe('source options rejected', () => {
  const rejected: [title: string, input: unknown, path: string, value: unknown, expected: string][] = [
    ['REST timeout over 29 s', withOptions('api-gateway', { integrationTimeoutMs: 29_001 }),
      'traffic[0].options.integrationTimeoutMs', 29_001, 'from 50 to 29000, the limit of a REST API'],
    ['HTTP timeout over 30 s', withOptions('api-gateway', { api: 'http', integrationTimeoutMs: 30_001 }),
      'traffic[0].options.integrationTimeoutMs', 30_001, 'or to 30000 for an HTTP API'],
    ['gateway timeout under 50 ms', withOptions('api-gateway', { integrationTimeoutMs: 49 }),
      'traffic[0].options.integrationTimeoutMs', 49, 'from 50 to 29000'],
    ['unknown api', withOptions('api-gateway', { api: 'websocket' }), 'traffic[0].options.api', 'websocket', '"rest" or "http"'],
    ['async 3 retries', withOptions('s3', { maximumRetryAttempts: 3 }),
      'traffic[0].options.maximumRetryAttempts', 3, 'from 0 to 2'],
    ['async retries -1', withOptions('sns', { maximumRetryAttempts: -1 }),
      'traffic[0].options.maximumRetryAttempts', -1, 'from 0 to 2'],
    ['async event age 59 s', withOptions('s3', { maximumEventAgeMs: 59_999 }),
      'traffic[0].options.maximumEventAgeMs', 59_999, 'from 60000 to 21600000'],
    ['async event age over 6 h', withOptions('schedule', { maximumEventAgeMs: 21_600_001 }),
      'traffic[0].options.maximumEventAgeMs', 21_600_001, 'from 60000 to 21600000'],
    ['async unknown target', withOptions('s3', { onFailure: 'queue' }),
      'traffic[0].options.onFailure', 'queue', '"none", "dead-letter-queue" or "destination"'],
    ['stream dead-letter queue', withOptions('dynamodb-stream', { onFailure: 'dead-letter-queue' }),
      'traffic[0].options.onFailure', 'dead-letter-queue', '"none" or "destination"'],
    ['stream 0 shards', withOptions('dynamodb-stream', { shards: 0 }), 'traffic[0].options.shards', 0, 'from 1 to 1000'],
    ['stream fractional shards', withOptions('dynamodb-stream', { shards: 1.5 }), 'traffic[0].options.shards', 1.5, 'an integer'],
    ['stream batch 0', withOptions('dynamodb-stream', { batchSize: 0 }), 'traffic[0].options.batchSize', 0, 'from 1 to 10000'],
    ['stream window over 300 s', withOptions('dynamodb-stream', { batchWindowMs: 300_001 }),
      'traffic[0].options.batchWindowMs', 300_001, 'from 0 to 300000'],
    ['stream retries -2', withOptions('dynamodb-stream', { maximumRetryAttempts: -2 }),
      'traffic[0].options.maximumRetryAttempts', -2, 'from -1 to 10000'],
    ['stream record age 0', withOptions('dynamodb-stream', { maximumRecordAgeMs: 0 }),
      'traffic[0].options.maximumRecordAgeMs', 0, '-1 (keep records'],
    ['stream record age over 7 days', withOptions('dynamodb-stream', { maximumRecordAgeMs: 604_800_001 }),
      'traffic[0].options.maximumRecordAgeMs', 604_800_001, 'from 60000 to 604800000'],
    ['stream bisect as text', withOptions('dynamodb-stream', { bisectBatchOnError: 'yes' }),
      'traffic[0].options.bisectBatchOnError', 'yes', 'true or false'],
    ['negative poison record', withOptions('dynamodb-stream', { poisonRecords: [4, -1] }),
      'traffic[0].options.poisonRecords[1]', -1, 'an integer from 0 up'],
    ['poison records as number', withOptions('dynamodb-stream', { poisonRecords: 4 }),
      'traffic[0].options.poisonRecords', 4, 'an array of at most 10000 sequence numbers'],
    ['too many poison messages', withOptions('sqs', { poisonMessages: new Array<number>(10_001).fill(0) }),
      'traffic[0].options.poisonMessages', new Array<number>(10_001).fill(0), 'at most 10000'],
    ['queue visibility over 12 h', withOptions('sqs', { visibilityTimeoutMs: 43_200_001 }),
      'traffic[0].options.visibilityTimeoutMs', 43_200_001, 'from 0 to 43200000'],
    ['queue receive count 0', withOptions('sqs', { maxReceiveCount: 0 }),
      'traffic[0].options.maxReceiveCount', 0, 'null or an integer from 1 to 1000'],
    ['queue receive count 1001', withOptions('sqs', { maxReceiveCount: 1_001 }),
      'traffic[0].options.maxReceiveCount', 1_001, 'from 1 to 1000'],
    ['queue concurrency 1', withOptions('sqs', { maximumConcurrency: 1 }),
      'traffic[0].options.maximumConcurrency', 1, 'null or an integer from 2 to 1000'],
    ['queue batch 11 without window', withOptions('sqs', { batchSize: 11 }),
      'traffic[0].options.batchSize', 11, 'need a batchWindowMs of at least 1000'],
    ['queue batch 11 with short window', withOptions('sqs', { batchSize: 11, batchWindowMs: 999 }),
      'traffic[0].options.batchSize', 11, 'from 1 to 10'],
    ['manual with options', withOptions('manual', { api: 'rest' }),
      'traffic[0].options', { api: 'rest' }, 'no options, because a "manual" source'],
    ['options as array', withOptions('sqs', []), 'traffic[0].options', [], 'an object of source options'],
    ['options as null', withOptions('sqs', null), 'traffic[0].options', null, 'an object of source options'],
  ];

  it.each(rejected)('%s', (_title, input, path, value, expected) => {
    const errors = errorsOf(input);
    const error = errors.find((candidate) => candidate.path === path);

    expect(errors.map((candidate) => candidate.path)).toContain(path);
    expect(error?.value).toEqual(value);
    expect(error?.message.startsWith(`${path}: `)).toBe(true);
    expect(error?.message).toContain(expected);
  });

  it('REST message is complete', () => {
    const [error] = errorsOf(withOptions('api-gateway', { integrationTimeoutMs: 30_000 }));

    expect(error.message).toBe(
      'traffic[0].options.integrationTimeoutMs: 30000 is invalid. Expected an integer from 50 to 29000, the limit of a ' +
        'REST API ("api": "rest" is the default). Set "api": "http" for up to 30000.',
    );
  });

  it('names a key of another source', () => {
    const errors = errorsOf(withOptions('s3', { visibilityTimeoutMs: 60_000 }));

    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('traffic[0].options.visibilityTimeoutMs');
    expect(errors[0].message).toBe(
      'traffic[0].options.visibilityTimeoutMs: unknown field. ' +
        'Allowed fields: maximumRetryAttempts, maximumEventAgeMs, onFailure.',
    );
  });

  it('suggests a misspelled key', () => {
    const [error] = errorsOf(withOptions('sqs', { batchsize: 5 }));

    expect(error.message).toContain('traffic[0].options.batchsize: unknown field. Did you mean "batchSize"?');
    expect(error.message).toContain(
      'Allowed fields: batchSize, batchWindowMs, visibilityTimeoutMs, maxReceiveCount, maximumConcurrency, backoffMs, backoffPollers, poisonMessages.',
    );
  });

  it('reports options beside other fields', () => {
    const errors = errorsOf({
      ...MINIMAL,
      traffic: [{ source: 'sqs', pattern: 'poisson', ratePerSec: -1, options: { maxReceiveCount: 0, extra: 1 } }],
    });

    expect(errors.map((error) => error.path)).toEqual([
      'traffic[0].ratePerSec',
      'traffic[0].options.maxReceiveCount',
      'traffic[0].options.extra',
    ]);
  });

  it('skips options of an unknown source', () => {
    const errors = errorsOf(withOptions('kafka', { batchSize: 0 }));

    expect(errors.map((error) => error.path)).toEqual(['traffic[0].source']);
  });

  it('checks each stream by its own source', () => {
    const errors = errorsOf({
      ...MINIMAL,
      traffic: [
        { source: 'sqs', pattern: 'times', atMs: [0], options: { maxReceiveCount: 3 } },
        { source: 'sns', pattern: 'times', atMs: [0], options: { maxReceiveCount: 3 } },
      ],
    });

    expect(errors.map((error) => error.path)).toEqual(['traffic[1].options.maxReceiveCount']);
  });
});

describe('optionsSchemaFor', () => {
  it('shares schemas by invocation mode', () => {
    expect(optionsSchemaFor('s3')).toBe(optionsSchemaFor('sns'));
    expect(optionsSchemaFor('s3')).toBe(optionsSchemaFor('schedule'));
    expect(optionsSchemaFor('api-gateway')).not.toBe(optionsSchemaFor('manual'));
  });
});

describe('schedule pattern', () => {
  it('accepts rate with a window', () => {
    const stream = firstStream(
      withStream({ source: 'schedule', pattern: 'schedule', expression: 'rate(1 minute)', startMs: 0, endMs: 600_000 }),
    );

    expect(stream).toEqual({ source: 'schedule', pattern: 'schedule', expression: 'rate(1 minute)', startMs: 0, endMs: 600_000 });
  });

  it('accepts cron and options', () => {
    const stream = firstStream(
      withStream({
        source: 'schedule',
        pattern: 'schedule',
        expression: 'cron(0/15 * ? * MON-FRI *)',
        options: { maximumRetryAttempts: 0, onFailure: 'dead-letter-queue' },
      }),
    );

    expect(stream.options).toEqual({ maximumRetryAttempts: 0, onFailure: 'dead-letter-queue' });
  });

  it('schedule source takes other patterns', () => {
    const stream = firstStream(withStream({ source: 'schedule', pattern: 'times', atMs: [5_000] }));

    expect(stream.pattern).toBe('times');
  });

  const rejected: [title: string, stream: Record<string, unknown>, path: string, value: unknown, expected: string][] = [
    ['rate of 0', { source: 'schedule', pattern: 'schedule', expression: 'rate(0 minutes)' },
      'traffic[0].expression', 'rate(0 minutes)', 'a rate() or cron() expression. The rate must be at least 1, not 0'],
    ['rate in seconds', { source: 'schedule', pattern: 'schedule', expression: 'rate(30 seconds)' },
      'traffic[0].expression', 'rate(30 seconds)', '"seconds" is not a rate unit'],
    ['five cron fields', { source: 'schedule', pattern: 'schedule', expression: 'cron(0 12 * * ?)' },
      'traffic[0].expression', 'cron(0 12 * * ?)', 'needs 6 fields'],
    ['cron without ?', { source: 'schedule', pattern: 'schedule', expression: 'cron(0 12 * * * *)' },
      'traffic[0].expression', 'cron(0 12 * * * *)', 'must be "?"'],
    ['cron with L', { source: 'schedule', pattern: 'schedule', expression: 'cron(0 0 L * ? *)' },
      'traffic[0].expression', 'cron(0 0 L * ? *)', 'uses L, W or #'],
    ['cron that never fires', { source: 'schedule', pattern: 'schedule', expression: 'cron(0 0 30 2 ? *)' },
      'traffic[0].expression', 'cron(0 0 30 2 ? *)', 'fires at least once'],
    ['cron in a past year', { source: 'schedule', pattern: 'schedule', expression: 'cron(0 0 1 1 ? 2020)' },
      'traffic[0].expression', 'cron(0 0 1 1 ? 2020)', 'matches no time in the five years'],
    ['not a schedule', { source: 'schedule', pattern: 'schedule', expression: 'hourly' },
      'traffic[0].expression', 'hourly', 'is not a schedule'],
    ['numeric expression', { source: 'schedule', pattern: 'schedule', expression: 5 },
      'traffic[0].expression', 5, 'a schedule expression such as "rate(5 minutes)"'],
    ['missing expression', { source: 'schedule', pattern: 'schedule' },
      'traffic[0].expression', undefined, 'a schedule expression such as'],
    ['schedule on sqs', { source: 'sqs', pattern: 'schedule', expression: 'rate(1 minute)' },
      'traffic[0].source', 'sqs', 'Expected "schedule", because only an EventBridge schedule fires'],
    ['window end before start', { source: 'schedule', pattern: 'schedule', expression: 'rate(1 minute)', startMs: 5, endMs: 5 },
      'traffic[0].endMs', 5, 'after startMs (5)'],
    ['key of another pattern', { source: 'schedule', pattern: 'schedule', expression: 'rate(1 minute)', ratePerSec: 1 },
      'traffic[0].ratePerSec', 1, 'Allowed fields: source, label, options, startMs, endMs, pattern, expression.'],
  ];

  it.each(rejected)('%s', (_title, stream, path, value, expected) => {
    const errors = errorsOf(withStream(stream));
    const error = errors.find((candidate) => candidate.path === path);

    expect(errors.map((candidate) => candidate.path)).toContain(path);
    expect(error?.value).toEqual(value);
    expect(error?.message).toContain(expected);
  });

  it('expression message is complete', () => {
    const [error] = errorsOf(withStream({ source: 'schedule', pattern: 'schedule', expression: 'rate(2 weeks)' }));

    expect(error.message).toBe(
      'traffic[0].expression: "rate(2 weeks)" is invalid. Expected a rate() or cron() expression. ' +
        '"weeks" is not a rate unit; expected minute(s), hour(s) or day(s).',
    );
  });

  it('sqs schedule names the source', () => {
    const [error] = errorsOf(withStream({ source: 'sqs', pattern: 'schedule', expression: 'rate(1 minute)' }));

    expect(error.message).toBe(
      'traffic[0].source: "sqs" is invalid. Expected "schedule", because only an EventBridge schedule fires by a ' +
        'rate() or cron() expression. Give "sqs" streams another pattern.',
    );
  });
});

describe('scheduleExpressionProblem', () => {
  it('passes rate and cron', () => {
    expect(scheduleExpressionProblem('rate(1 minute)')).toBeUndefined();
    expect(scheduleExpressionProblem('cron(5 0 1 1 ? 2026)')).toBeUndefined();
  });

  it('counts from the stream start', () => {
    // 00:05 on 1 January 2026 is 300,000 ms into the run, so a stream that starts later gets no arrival.
    expect(scheduleExpressionProblem('cron(5 0 1 1 ? 2026)', 300_000)).toBeUndefined();
    expect(scheduleExpressionProblem('cron(5 0 1 1 ? 2026)', 300_001)).toContain('fires at least once');
  });
});
