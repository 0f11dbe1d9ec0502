/**
 * Schemas of the settings that depend on a traffic stream's `source`: its `options`, and the
 * expression of the `schedule` pattern. Parsed options keep exactly the keys the scenario gives.
 * The source adapters fill the others from source-defaults.ts when the run starts.
 *
 * Limits follow the AWS documentation of API Gateway integrations, asynchronous invocation, the SQS
 * redrive policy, and the CreateEventSourceMapping API for SQS and DynamoDB Streams.
 */
import * as v from 'valibot';
import {
  ASYNC_EVENT_AGE_MAX_MS,
  ASYNC_EVENT_AGE_MIN_MS,
  ASYNC_RETRY_ATTEMPTS_MAX,
  GATEWAY_TIMEOUT_MIN_MS,
  GATEWAY_TIMEOUT_MS,
  INVOCATION_MODE,
} from '../sources/source-defaults';
import { createScheduleGenerator, parseSchedule, ScheduleExpressionError } from '../sources/schedule-expression';
import { SOURCE_KINDS, type FailureTarget, type SourceKind, type SourceOptions } from '../types';
import { integerBetween, isPlainObject, listChoices, objectOf, oneOf, withCrossChecks, type CrossCheck } from './fields';

/**
 * Shards of a DynamoDB stream. DynamoDB derives the count from the table's partitions, so this bound
 * is not an AWS limit but keeps a run watchable.
 */
export const STREAM_SHARDS_MAX = 1_000;
/** Records or messages per batch: up to 10,000 for DynamoDB Streams and SQS standard queues. */
export const BATCH_SIZE_MAX = 10_000;
/** SQS batches of more than 10 messages need a batch window of at least 1 s. */
export const QUEUE_UNWINDOWED_BATCH_MAX = 10;
export const QUEUE_WINDOWED_BATCH_MIN_WINDOW_MS = 1_000;
/** MaximumBatchingWindowInSeconds: 0 to 300 s. */
export const BATCH_WINDOW_MAX_MS = 300_000;
/** MaximumRetryAttempts of a stream mapping: -1 (until the records expire) to 10,000. */
export const STREAM_RETRY_ATTEMPTS_MAX = 10_000;
/** MaximumRecordAgeInSeconds of a stream mapping: -1 (no limit), or 60 s to 7 days. */
export const STREAM_RECORD_AGE_MIN_MS = 60_000;
export const STREAM_RECORD_AGE_MAX_MS = 604_800_000;
/** SQS visibility timeout: 0 s to 12 hours. */
export const VISIBILITY_TIMEOUT_MAX_MS = 43_200_000;
/** maxReceiveCount of an SQS redrive policy: 1 to 1,000. */
export const MAX_RECEIVE_COUNT_MAX = 1_000;
/** Maximum concurrency of an SQS event source mapping: 2 to 1,000. */
export const MAXIMUM_CONCURRENCY_MIN = 2;
export const MAXIMUM_CONCURRENCY_MAX = 1_000;
/** Maximum pause of an SQS poller after a failed or throttled batch: a bound of ours, as AWS publishes none. */
export const QUEUE_BACKOFF_MAX_MS = 300_000;
/** Maximum length of a list of poison sequence numbers, a bound that keeps scenario files small. */
export const POISON_LIST_MAX = 10_000;

const ASYNC_FAILURE_TARGETS = ['none', 'dead-letter-queue', 'destination'] as const satisfies readonly FailureTarget[];
/** Stream mappings have no dead-letter queue, so discarded records go to an on-failure destination or nowhere. */
const STREAM_FAILURE_TARGETS = ['none', 'destination'] as const satisfies readonly FailureTarget[];

const BOOLEAN_PHRASE = 'true or false';
const booleanField = v.pipe(v.boolean(BOOLEAN_PHRASE), v.description(BOOLEAN_PHRASE));

/** Builds the schema of `null` or an integer from `min` to `max`, with a phrase that names both. */
function nullOrIntegerBetween(min: number, max: number) {
  const phrase = `null or an integer from ${min} to ${max}`;
  return v.pipe(
    v.nullable(v.pipe(v.number(phrase), v.integer(phrase), v.minValue(min, phrase), v.maxValue(max, phrase))),
    v.description(phrase),
  );
}

const SEQUENCE_PHRASE = 'an integer from 0 up';
const SEQUENCE_LIST_PHRASE = `an array of at most ${POISON_LIST_MAX} sequence numbers, each an integer from 0 up`;

/** Sequence numbers (0-based, in arrival order) of the records or messages whose processing always throws. */
const sequenceList = v.pipe(
  v.array(
    v.pipe(v.number(SEQUENCE_PHRASE), v.integer(SEQUENCE_PHRASE), v.minValue(0, SEQUENCE_PHRASE), v.description(SEQUENCE_PHRASE)),
    SEQUENCE_LIST_PHRASE,
  ),
  v.maxLength(POISON_LIST_MAX, SEQUENCE_LIST_PHRASE),
  v.description(SEQUENCE_LIST_PHRASE),
);

const INTEGRATION_TIMEOUT_PHRASE =
  `an integer from ${GATEWAY_TIMEOUT_MIN_MS} to ${GATEWAY_TIMEOUT_MS.rest} for a REST API, ` +
  `or to ${GATEWAY_TIMEOUT_MS.http} for an HTTP API`;

/**
 * API Gateway options. The upper bound of the integration timeout depends on `api`, so the field
 * itself allows the larger HTTP API bound and a cross-check applies the REST API one.
 * NOTE: since June 2024 AWS may raise the timeout of Regional and private REST APIs above 29 s on
 * request, at the cost of throttle quota. That quota increase is not modelled, so REST stays at 29 s.
 */
const gatewayOptions = withCrossChecks(
  objectOf(
    {
      api: v.optional(oneOf(['rest', 'http'])),
      integrationTimeoutMs: v.optional(
        v.pipe(
          v.number(INTEGRATION_TIMEOUT_PHRASE),
          v.integer(INTEGRATION_TIMEOUT_PHRASE),
          v.minValue(GATEWAY_TIMEOUT_MIN_MS, INTEGRATION_TIMEOUT_PHRASE),
          v.maxValue(GATEWAY_TIMEOUT_MS.http, INTEGRATION_TIMEOUT_PHRASE),
          v.description(INTEGRATION_TIMEOUT_PHRASE),
        ),
      ),
    },
    'an object of API Gateway options',
  ),
  [
    {
      fields: ['api', 'integrationTimeoutMs'],
      target: 'integrationTimeoutMs',
      problem: ({ api, integrationTimeoutMs }) =>
        (api ?? 'rest') === 'http' || integrationTimeoutMs === undefined || integrationTimeoutMs <= GATEWAY_TIMEOUT_MS.rest
          ? undefined
          : `an integer from ${GATEWAY_TIMEOUT_MIN_MS} to ${GATEWAY_TIMEOUT_MS.rest}, the limit of a REST API ` +
            `("api": "rest" is the default). Set "api": "http" for up to ${GATEWAY_TIMEOUT_MS.http}`,
    },
  ],
);

/** Options of Lambda's internal queue for asynchronous sources (S3, SNS, schedule). */
const asyncOptions = objectOf(
  {
    maximumRetryAttempts: v.optional(integerBetween(0, ASYNC_RETRY_ATTEMPTS_MAX)),
    maximumEventAgeMs: v.optional(integerBetween(ASYNC_EVENT_AGE_MIN_MS, ASYNC_EVENT_AGE_MAX_MS)),
    onFailure: v.optional(oneOf(ASYNC_FAILURE_TARGETS)),
  },
  'an object of asynchronous invocation options',
);

const RECORD_AGE_PHRASE =
  `-1 (keep records for the stream's retention) or an integer from ${STREAM_RECORD_AGE_MIN_MS} ` +
  `to ${STREAM_RECORD_AGE_MAX_MS}`;

/** -1, or an age in milliseconds within the range AWS accepts. */
const recordAge = v.pipe(
  v.number(RECORD_AGE_PHRASE),
  v.integer(RECORD_AGE_PHRASE),
  v.check((age) => age === -1 || (age >= STREAM_RECORD_AGE_MIN_MS && age <= STREAM_RECORD_AGE_MAX_MS), RECORD_AGE_PHRASE),
  v.description(RECORD_AGE_PHRASE),
);

/** Options of a DynamoDB stream's event source mapping. */
const streamOptions = objectOf(
  {
    shards: v.optional(integerBetween(1, STREAM_SHARDS_MAX)),
    batchSize: v.optional(integerBetween(1, BATCH_SIZE_MAX)),
    batchWindowMs: v.optional(integerBetween(0, BATCH_WINDOW_MAX_MS)),
    maximumRetryAttempts: v.optional(integerBetween(-1, STREAM_RETRY_ATTEMPTS_MAX)),
    maximumRecordAgeMs: v.optional(recordAge),
    bisectBatchOnError: v.optional(booleanField),
    onFailure: v.optional(oneOf(STREAM_FAILURE_TARGETS)),
    poisonRecords: v.optional(sequenceList),
  },
  'an object of DynamoDB stream options',
);

/** Options of an SQS queue and its event source mapping. */
const queueOptions = withCrossChecks(
  objectOf(
    {
      batchSize: v.optional(integerBetween(1, BATCH_SIZE_MAX)),
      batchWindowMs: v.optional(integerBetween(0, BATCH_WINDOW_MAX_MS)),
      visibilityTimeoutMs: v.optional(integerBetween(0, VISIBILITY_TIMEOUT_MAX_MS)),
      maxReceiveCount: v.optional(nullOrIntegerBetween(1, MAX_RECEIVE_COUNT_MAX)),
      maximumConcurrency: v.optional(nullOrIntegerBetween(MAXIMUM_CONCURRENCY_MIN, MAXIMUM_CONCURRENCY_MAX)),
      backoffMs: v.optional(integerBetween(0, QUEUE_BACKOFF_MAX_MS)),
      backoffPollers: v.optional(integerBetween(0, MAXIMUM_CONCURRENCY_MAX)),
      poisonMessages: v.optional(sequenceList),
    },
    'an object of SQS options',
  ),
  [
    {
      fields: ['batchSize', 'batchWindowMs'],
      target: 'batchSize',
      problem: ({ batchSize, batchWindowMs }) =>
        batchSize === undefined ||
        batchSize <= QUEUE_UNWINDOWED_BATCH_MAX ||
        (batchWindowMs ?? 0) >= QUEUE_WINDOWED_BATCH_MIN_WINDOW_MS
          ? undefined
          : `an integer from 1 to ${QUEUE_UNWINDOWED_BATCH_MAX}, because SQS batches of more than ` +
            `${QUEUE_UNWINDOWED_BATCH_MAX} messages need a batchWindowMs of at least ${QUEUE_WINDOWED_BATCH_MIN_WINDOW_MS}`,
    },
  ],
);

const MANUAL_PHRASE = 'no options, because a "manual" source is a direct Invoke call, which has none';

/** A manual source takes no options: the field may be left out or be an empty object. */
const manualOptions = v.pipe(
  v.custom<SourceOptions>((input) => isPlainObject(input) && Object.keys(input).length === 0, MANUAL_PHRASE),
  v.description(MANUAL_PHRASE),
);

/** Returns the schema that checks the `options` of a stream of `source`. */
export function optionsSchemaFor(source: SourceKind): v.GenericSchema<unknown, SourceOptions> {
  if (source === 'manual') return manualOptions;
  switch (INVOCATION_MODE[source]) {
    case 'sync':
      return gatewayOptions;
    case 'async':
      return asyncOptions;
    case 'stream':
      return streamOptions;
    case 'queue':
      return queueOptions;
  }
}

const OPTIONS_PHRASE = 'an object of source options, whose fields depend on "source"';

/**
 * The `options` entry of a stream: any JSON object here. `withSourceOptions` checks its fields
 * against the stream's source, which this entry cannot see.
 */
export const optionsEntry = v.optional(
  v.pipe(v.custom<SourceOptions>(isPlainObject, OPTIONS_PHRASE), v.description(OPTIONS_PHRASE)),
);

/** The fields of a stream that the options check reads. */
interface StreamWithOptions {
  source: SourceKind;
  options?: SourceOptions;
}

const isSourceKind = (value: unknown): value is SourceKind => (SOURCE_KINDS as readonly unknown[]).includes(value);

/**
 * Checks `options` against the stream's source and reports each problem under `options`. It is a
 * validation action, so it also runs when other fields of the stream failed, and every problem of a
 * stream is reported at once. It skips a stream whose source or options already failed.
 */
function checkSourceOptions<TStream extends StreamWithOptions>() {
  return v.rawCheck<TStream>(({ dataset, addIssue }) => {
    const stream: unknown = dataset.value;
    if (!isPlainObject(stream)) return;
    const { source, options } = stream;
    if (!isSourceKind(source) || !isPlainObject(options)) return;

    const failed = dataset.issues?.some((issue) => ['source', 'options'].includes(String(issue.path?.[0]?.key)));
    if (failed) return;

    const result = v.safeParse(optionsSchemaFor(source), options);
    if (result.success) return;

    const optionsItem = { type: 'object', origin: 'value', input: stream, key: 'options', value: options } as const;
    for (const issue of result.issues) {
      addIssue({ message: issue.message, input: issue.input, path: [optionsItem, ...(issue.path ?? [])] });
    }
  });
}

/**
 * Adds the check of `options` to a stream schema, and replaces the options in the output with a
 * parsed copy so the scenario shares no objects with its input.
 */
export function withSourceOptions<TSchema extends v.GenericSchema<unknown, StreamWithOptions>>(schema: TSchema) {
  return v.pipe(
    schema,
    checkSourceOptions<v.InferOutput<TSchema>>(),
    v.transform((stream: v.InferOutput<TSchema>): v.InferOutput<TSchema> => {
      if (stream.options === undefined) return stream;
      return { ...stream, options: v.parse(optionsSchemaFor(stream.source), stream.options) };
    }),
  );
}

/** Returns a ScheduleExpressionError's message without its final period, to follow "Expected …". */
function reasonOf(error: ScheduleExpressionError): string {
  return error.message.replace(/\.$/, '');
}

/** How far ahead `createScheduleGenerator` looks for a cron match before it gives up. */
const CRON_SEARCH_PHRASE = 'the five years after the stream starts';

/** Returns the "Expected …" phrase for an expression that does not parse or never fires, else undefined. */
export function scheduleExpressionProblem(expression: string, startMs = 0): string | undefined {
  let schedule;
  try {
    schedule = parseSchedule(expression);
  } catch (error) {
    if (error instanceof ScheduleExpressionError) return `a rate() or cron() expression. ${reasonOf(error)}`;
    throw error;
  }

  const first = createScheduleGenerator(schedule, startMs, startMs, Infinity).next();
  if (first !== undefined) return undefined;
  return (
    `an expression that fires at least once, but this one matches no time in ${CRON_SEARCH_PHRASE} ` +
    '(simulated time 0 is 2026-01-01T00:00 UTC)'
  );
}

/** The fields of a `schedule` stream that its cross-checks read. */
interface ScheduleStream {
  source: SourceKind;
  expression: string;
  startMs?: number;
}

/**
 * Rules of the `schedule` pattern: only the `schedule` source fires by an expression, and the
 * expression must parse and fire at least once.
 */
export const scheduleChecks: readonly CrossCheck<ScheduleStream>[] = [
  {
    fields: ['source'],
    target: 'source',
    problem: ({ source }) =>
      source === 'schedule'
        ? undefined
        : `"schedule", because only an EventBridge schedule fires by a rate() or cron() expression. ` +
          `Give ${listChoices([source])} streams another pattern`,
  },
  {
    fields: ['expression', 'startMs'],
    target: 'expression',
    problem: ({ expression, startMs }) => scheduleExpressionProblem(expression, startMs),
  },
];
