/**
 * Defaults and limits of how each kind of source invokes a function. Figures come from the AWS
 * documentation of API Gateway integrations, asynchronous invocation, and event source mappings for
 * SQS and DynamoDB Streams. The few values AWS does not publish are marked as assumptions.
 */
import { ASSUMED } from '../model-facts';
import type { AsyncOptions, GatewayOptions, InvocationMode, QueueOptions, SourceKind, StreamOptions } from '../types';

/** Invocation mode of each kind of source. `manual` stands for a direct synchronous Invoke call. */
export const INVOCATION_MODE: Record<SourceKind, InvocationMode> = {
  'api-gateway': 'sync',
  manual: 'sync',
  s3: 'async',
  sns: 'async',
  schedule: 'async',
  'dynamodb-stream': 'stream',
  sqs: 'queue',
};

/** REST APIs time out after 29 s by default, HTTP APIs after 30 s. */
export const GATEWAY_TIMEOUT_MS = { rest: 29_000, http: 30_000 } as const;
export const GATEWAY_TIMEOUT_MIN_MS = 50;

export const GATEWAY_DEFAULTS: GatewayOptions = { api: 'rest', integrationTimeoutMs: GATEWAY_TIMEOUT_MS.rest };

/** Status codes API Gateway returns for a throttle, a function error and an integration timeout. */
export const STATUS = { ok: 200, throttled: 429, functionError: 502, gatewayTimeout: 504 } as const;

export const ASYNC_DEFAULTS: AsyncOptions = {
  maximumRetryAttempts: 2,
  maximumEventAgeMs: 21_600_000,
  onFailure: 'none',
};
export const ASYNC_EVENT_AGE_MIN_MS = 60_000;
export const ASYNC_EVENT_AGE_MAX_MS = 21_600_000;
export const ASYNC_RETRY_ATTEMPTS_MAX = 2;

/** After a function error Lambda waits 1 minute before the first retry and 2 minutes before the second. */
export const ASYNC_ERROR_RETRY_DELAYS_MS = [60_000, 120_000] as const;

/**
 * After a throttle Lambda retries with backoff from 1 s up to 5 minutes. AWS does not give the growth;
 * doubling without jitter is an assumption.
 */
export const ASYNC_THROTTLE_BACKOFF = { firstMs: 1_000, maxMs: 300_000, factor: 2 } as const;

/** DynamoDB Streams keep records for 24 hours. */
export const STREAM_RETENTION_MS = 86_400_000;

export const STREAM_DEFAULTS: StreamOptions = {
  shards: 1,
  batchSize: 100,
  batchWindowMs: 0,
  maximumRetryAttempts: -1,
  maximumRecordAgeMs: -1,
  bisectBatchOnError: false,
  onFailure: 'none',
  poisonRecords: [],
};

/** Wait before a failed stream batch is retried. AWS publishes no figure: an assumption. */
export const STREAM_RETRY_DELAY_MS = 1_000;

export const QUEUE_DEFAULTS: QueueOptions = {
  batchSize: 10,
  batchWindowMs: 0,
  visibilityTimeoutMs: 30_000,
  maxReceiveCount: null,
  maximumConcurrency: null,
  backoffMs: ASSUMED.queueBackoffMs.value,
  backoffPollers: ASSUMED.queueBackoffPollers.value,
  poisonMessages: [],
};

/**
 * The SQS poller fleet starts with 5 concurrent batches and, while messages remain, adds up to 300 a
 * minute up to 1,000. Spreading the 300 evenly over the minute is an assumption.
 */
export const QUEUE_POLLERS = { initial: 5, addedPerMinute: 300, max: 1_000 } as const;

/**
 * Shortest time before a received message can be received again, however short its visibility
 * timeout: a stand-in for the poller's round trip to SQS, which AWS does not publish. An assumption.
 * It also keeps a 0 s visibility timeout with an instantly failing handler from looping forever at one
 * simulated moment.
 */
export const QUEUE_MIN_REDELIVERY_MS = 1_000;
