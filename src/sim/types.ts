/**
 * Types shared by the simulation, the command-line tool and the app. Units are in the names:
 * `Ms` is simulated milliseconds, `PerSec` is events per simulated second.
 */

/** A duration: a constant in milliseconds, or a distribution sampled from the scenario's seed. */
export type DurationSpec =
  | number
  | { dist: 'constant'; ms: number }
  | { dist: 'exponential'; meanMs: number }
  | { dist: 'uniform'; minMs: number; maxMs: number }
  | { dist: 'lognormal'; medianMs: number; p99Ms: number };

/** Kind of event source. Each kind has its own event shape and failure handling. */
export type SourceKind = 'api-gateway' | 's3' | 'sns' | 'schedule' | 'dynamodb-stream' | 'sqs' | 'manual';

export const SOURCE_KINDS: readonly SourceKind[] = [
  'api-gateway',
  's3',
  'sns',
  'schedule',
  'dynamodb-stream',
  'sqs',
  'manual',
];

/** Optional window that limits when a rate-based stream produces arrivals. */
interface StreamWindow {
  /** First moment the stream may produce an arrival (default 0). */
  startMs?: number;
  /** The stream produces nothing at or after this moment (default: the end of the run). */
  endMs?: number;
}

interface StreamBase {
  source: SourceKind;
  /** Short name shown in the app, for example "checkout API". */
  label?: string;
  /** How the source calls the function; which keys apply depends on `source`. Omitted keys take defaults. */
  options?: SourceOptions;
}

/** Invocation mode of a source: the caller waits, Lambda queues the event, or a poller reads batches. */
export type InvocationMode = 'sync' | 'async' | 'stream' | 'queue';

/** Options of an API Gateway source. */
export interface GatewayOptions {
  /** REST APIs allow 50 ms to 29 s (more on request since June 2024); HTTP APIs 50 ms to 30 s. */
  api: 'rest' | 'http';
  /** Integration timeout: the gateway returns 504 to the caller after it, while the function may keep running. */
  integrationTimeoutMs: number;
}

/** Options of an asynchronous source (S3, SNS, schedule): Lambda's internal queue and its retries. */
export interface AsyncOptions {
  /** Retries after a function error or timeout, 0 to 2 (default 2). */
  maximumRetryAttempts: number;
  /** Events older than this are discarded, 60 s to 6 h (default 6 h). */
  maximumEventAgeMs: number;
  /** Target of a discarded event. */
  onFailure: FailureTarget;
}

/** Target of an event a source gives up on: nowhere (it is lost), a dead-letter queue, or a destination. */
export type FailureTarget = 'none' | 'dead-letter-queue' | 'destination';

/** Options of a DynamoDB stream read by an event source mapping. */
export interface StreamOptions {
  shards: number;
  /** Records per batch, 1 to 10,000 (default 100). */
  batchSize: number;
  /** How long the poller gathers records before it invokes, 0 to 300 s (default 0). */
  batchWindowMs: number;
  /** Retries of a failed batch; -1 retries until the records expire (default -1). */
  maximumRetryAttempts: number;
  /** Records older than this are discarded; -1 keeps them for the stream's 24 h retention (default -1). */
  maximumRecordAgeMs: number;
  /** Split a failed batch in two and retry each half. */
  bisectBatchOnError: boolean;
  /** Target of discarded records. Streams support on-failure destinations only. */
  onFailure: FailureTarget;
  /** Record sequence numbers (0-based, in arrival order) whose processing always throws. */
  poisonRecords: number[];
}

/** Options of an SQS queue read by an event source mapping. */
export interface QueueOptions {
  /** Messages per batch, 1 to 10,000 (default 10). */
  batchSize: number;
  batchWindowMs: number;
  /** How long a received message stays hidden, 0 to 12 h (default 30 s). */
  visibilityTimeoutMs: number;
  /** Receives after which SQS moves a message to the dead-letter queue; null means no redrive policy. */
  maxReceiveCount: number | null;
  /** Cap on concurrent invocations by this mapping, 2 to 1,000; null means no cap. */
  maximumConcurrency: number | null;
  /** Pause of a poller after a failed or throttled batch before it receives again (an assumption). */
  backoffMs: number;
  /** Pollers the mapping drops after each failed or throttled batch, down to 5 or the maximum concurrency (an assumption). */
  backoffPollers: number;
  /** Message sequence numbers (0-based, in arrival order) whose processing always throws. */
  poisonMessages: number[];
}

/** Every source option; the schema accepts only the keys that apply to the stream's source. */
export type SourceOptions = Partial<GatewayOptions & AsyncOptions & StreamOptions & QueueOptions>;

/** One stream of arrivals. A scenario may hold several, which run at the same time. */
export type TrafficStream =
  | (StreamBase & { pattern: 'times'; atMs: number[] })
  | (StreamBase & StreamWindow & { pattern: 'constant'; ratePerSec: number })
  | (StreamBase & StreamWindow & { pattern: 'poisson'; ratePerSec: number })
  | (StreamBase & { pattern: 'burst'; count: number; atMs: number })
  | (StreamBase & StreamWindow & { pattern: 'ramp'; fromPerSec: number; toPerSec: number; overMs: number })
  | (StreamBase &
      StreamWindow & { pattern: 'periodic'; meanPerSec: number; amplitudePerSec: number; periodMs: number })
  | (StreamBase & StreamWindow & { pattern: 'schedule'; expression: string })
  | (StreamBase & {
      pattern: 'counts';
      /** Start of the first interval (default 0). */
      startMs?: number;
      intervalMs: number;
      /** Arrivals in each interval, in order; the stream ends after the last interval. */
      counts: number[];
      /** Rule that places arrivals inside an interval. */
      spread: 'even' | 'uniform' | 'poisson';
    });

export type TrafficPattern = TrafficStream['pattern'];

export type Architecture = 'x86_64' | 'arm64';

/** The function's own settings, as a developer would configure them. */
export interface FunctionConfig {
  /** Memory in MB, 128 to 10,240. CPU share and the price per second follow it. */
  memoryMb: number;
  /** Function timeout, 1,000 to 900,000 ms. */
  timeoutMs: number;
  /** Init Duration: runtime and function (static) initialization during a cold start. */
  initDurationMs: DurationSpec;
  /** Handler run time for one invocation. */
  runDurationMs: DurationSpec;
  /** Share of invocations whose handler throws, 0 to 1. */
  errorRate: number;
  architecture: Architecture;
  /** Runtime preset whose cold-start figures filled initDurationMs, for display only. */
  runtime: RuntimeId | null;
}

export type ScalingModel = 'standard' | 'legacy' | 'unlimited';

export type ReusePolicy = 'newest' | 'most-recent' | 'least-recent' | 'random';

/** The Lambda service's settings for this function and its account. */
export interface PlatformConfig {
  /** Account concurrency quota in the Region (default 1,000). */
  concurrencyLimit: number;
  /** Reserved concurrency: caps the function (0 throttles everything). Null means unreserved. */
  reservedConcurrency: number | null;
  /** Environments initialized ahead of traffic and never reclaimed while configured. */
  provisionedConcurrency: number;
  scaling: ScalingModel;
  /** Region burst of the legacy scaling model: 500, 1,000 or 3,000. */
  legacyBurst: number;
  /** Time to fetch code and start a micro VM before init runs (not documented by AWS). */
  provisionDurationMs: DurationSpec;
  /** How long an idle environment is kept before it is reclaimed (not documented by AWS). */
  idleLifetimeMs: DurationSpec;
  /** Choice of the idle environment that serves the next event (not documented by AWS). */
  reuse: ReusePolicy;
  /** Time an environment spends shutting down after it is reclaimed (AWS caps shutdown at 2 s). */
  shutdownDurationMs: DurationSpec;
  /** Time to reset an environment after a timeout before it can take the next event (not documented). */
  resetDurationMs: DurationSpec;
}

export interface Scenario {
  version: 1;
  /** Seed of every random draw in the run: the same scenario and seed give the same run. */
  seed: number;
  /** Simulated length of the run. */
  durationMs: number;
  name: string;
  description: string;
  function: FunctionConfig;
  platform: PlatformConfig;
  traffic: TrafficStream[];
}

export type RuntimeId = 'nodejs' | 'python' | 'java' | 'java-snapstart' | 'go' | 'rust';

/**
 * A stage of an environment's life as the lanes draw it. `invoking-cold` is the first invocation after
 * an init, `invoking-warm` a later one, and `reinitializing` an init that runs again inside an
 * invocation because the first init exceeded its limit.
 */
export type Phase =
  | 'provisioning'
  | 'initializing'
  | 'reinitializing'
  | 'invoking-cold'
  | 'invoking-warm'
  | 'idle'
  | 'resetting'
  | 'shutting-down'
  | 'terminated';

/** A stretch of time an environment spent in one phase. `endMs` is NaN while the phase lasts. */
export interface PhaseSpan {
  phase: Phase;
  startMs: number;
  endMs: number;
  /** The invocation being served during this span, if any. */
  invocationId: number | null;
}

export type ThrottleCause = 'reserved-concurrency' | 'account-concurrency' | 'scaling-rate';

/** Start kind of an invocation: on an environment that had to start, on an idle one, or not at all. */
export type StartKind = 'cold' | 'warm' | 'throttled';

/** Status of an invocation. Every invocation ends exactly once in one of the final values. */
export type InvocationStatus = 'in-flight' | 'completed' | 'error' | 'timeout' | 'throttled';

/** One event that reached the function, and what became of it. Read-only outside src/sim. */
export interface InvocationView {
  readonly id: number;
  readonly source: SourceKind;
  /** Index of the traffic stream that produced it, or -1 for an event sent by hand. */
  readonly streamIndex: number;
  readonly arrivalMs: number;
  readonly start: StartKind;
  readonly status: InvocationStatus;
  readonly throttleCause: ThrottleCause | null;
  /** Environment id (1-based, creation order), or null when throttled. */
  readonly environmentId: number | null;
  /** Time spent fetching code and starting the micro VM (cold starts only). */
  readonly provisionMs: number;
  /** Init Duration: runtime and function init before the handler (cold starts only). */
  readonly initMs: number;
  /** Moment the handler started; NaN until then. */
  readonly startMs: number;
  /** Handler time actually spent, cut at the timeout; NaN until the invocation ends. */
  readonly runMs: number;
  /** Moment the invocation ended; NaN until then. */
  readonly endMs: number;
  readonly mode: InvocationMode;
  /** 1 for the first try of its events, higher for retries. */
  readonly attempt: number;
  /** The source events this invocation carries: one, or a batch for streams and queues. */
  readonly events: readonly SourceEventView[];
}

/** State of an event a source produced. */
export type SourceEventState =
  | 'waiting'
  | 'in-flight'
  | 'succeeded'
  | 'failed'
  | 'throttled'
  | 'dead-lettered'
  | 'sent-to-destination'
  | 'lost';

/** Response an API Gateway caller received. */
export interface HttpResponse {
  statusCode: number;
  atMs: number;
}

/** One event a source produced: a request, an object notification, a message, a record. */
export interface SourceEventView {
  readonly id: number;
  readonly source: SourceKind;
  readonly streamIndex: number;
  readonly arrivalMs: number;
  /** Position in its stream (0-based), which poison records and messages refer to. */
  readonly sequence: number;
  readonly state: SourceEventState;
  /** Invocations that carried this event so far. */
  readonly attempts: number;
  /** SQS receive count. */
  readonly receiveCount: number;
  /** Whether processing this event always throws (a poison record or message). */
  readonly poison: boolean;
  /** Shard of a stream record, else null. */
  readonly shard: number | null;
  /** Response the caller received, for API Gateway requests. */
  readonly response: HttpResponse | null;
  /** Moment the event reached a final state; NaN until then. */
  readonly endedMs: number;
  /** The latest invocation that carried this event, if any. */
  readonly lastInvocationId: number | null;
}

/** Counts kept per source. */
export interface SourceCounts {
  events: number;
  succeeded: number;
  retries: number;
  throttles: number;
  gatewayTimeouts: number;
  deadLettered: number;
  sentToDestination: number;
  lost: number;
  /** Messages or records processed again while or after an earlier run of them succeeded. */
  duplicates: number;
  maxQueueDepth: number;
  maxIteratorAgeMs: number;
}

/** One shard of a stream as the views read it. */
export interface ShardView {
  readonly id: number;
  /** Records read from the stream but not yet processed. */
  readonly pending: number;
  /** Age of the oldest unprocessed record; it grows while a failing batch blocks the shard. */
  readonly iteratorAgeMs: number;
  /** Whether a batch of this shard is failing and being retried. */
  readonly blocked: boolean;
}

/** One traffic source as the views read it. */
export interface SourceView {
  /** Index of its traffic stream, or -1 for the events sent by hand with no matching stream. */
  readonly streamIndex: number;
  readonly source: SourceKind;
  readonly mode: InvocationMode;
  readonly label: string;
  readonly counts: SourceCounts;
  /** Events waiting: in Lambda's internal queue, visible in the SQS queue, or unread in the shards. */
  readonly queueDepth: number;
  /** SQS messages received and hidden, or events being processed. */
  readonly inFlight: number;
  /** Concurrent batches the SQS poller fleet may run now; null for other sources. */
  readonly pollers: number | null;
  readonly shards: readonly ShardView[];
  /** Most recent events, oldest first, bounded. */
  readonly recentEvents: readonly SourceEventView[];
}

/** An execution environment (one micro VM) as the views read it. Read-only outside src/sim. */
export interface EnvironmentView {
  /** 1-based, in creation order. */
  readonly id: number;
  readonly provisioned: boolean;
  readonly createdMs: number;
  readonly phase: Phase;
  readonly phaseSinceMs: number;
  /** Most recent phases, oldest first; older ones are dropped to bound memory. */
  readonly history: readonly PhaseSpan[];
  readonly invocationsServed: number;
  readonly current: InvocationView | null;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Counts of environments by what they are doing right now. */
export interface EnvironmentCounts {
  provisioning: number;
  initializing: number;
  /** Running a handler, including an init re-run inside an invocation and a reset after a timeout. */
  busy: number;
  idle: number;
  shuttingDown: number;
  /** Every environment that is not terminated. */
  total: number;
}

export interface CostBreakdown {
  requestsUsd: number;
  durationUsd: number;
  initUsd: number;
  provisionedUsd: number;
  totalUsd: number;
}

/** Live figures, updated as the simulation advances. */
export interface LiveMetrics {
  /** Events that arrived from the sources: requests, notifications, messages, records. */
  arrivals: number;
  /** Invocations the function received, throttled ones included. A batch of messages is one. */
  invocations: number;
  coldStarts: number;
  warmStarts: number;
  throttles: number;
  throttlesByCause: Record<ThrottleCause, number>;
  timeouts: number;
  errors: number;
  completed: number;
  inFlight: number;
  /** Environments counted against the limit: provisioning, initializing or serving an event. */
  concurrency: number;
  peakConcurrency: number;
  /** The limit concurrency is counted against: reserved concurrency if set, else the account quota. */
  concurrencyLimit: number;
  environmentsCreated: number;
  environments: EnvironmentCounts;
  latencyMs: LatencySummary;
  billedGbSeconds: number;
  cost: CostBreakdown;
}

/** State the views read each frame. The arrays belong to the simulation, so read them and never change them. */
export interface SimulationSnapshot {
  readonly nowMs: number;
  /** Grows by one whenever anything in the simulation changes. */
  readonly version: number;
  readonly durationMs: number;
  /** Environments in creation order: every live one and the most recently terminated. */
  readonly environments: readonly EnvironmentView[];
  /** Most recent invocations in the order they reached the function, bounded. */
  readonly recentInvocations: readonly InvocationView[];
  /** Each traffic stream's source, in stream order, then any sources of events sent by hand. */
  readonly sources: readonly SourceView[];
  readonly metrics: LiveMetrics;
}

/** One line per invocation in a report, in the order invocations reached the function. */
export interface InvocationRecord {
  id: number;
  source: SourceKind;
  arrivalMs: number;
  outcome: StartKind;
  status: InvocationStatus;
  throttleCause: ThrottleCause | null;
  environment: number | null;
  startMs: number | null;
  endMs: number | null;
  initMs: number;
  runMs: number | null;
  attempt: number;
  /** Ids of the source events the invocation carried. */
  events: number[];
  /** Status code the API Gateway caller received, when the source is API Gateway. */
  statusCode: number | null;
}

/** The JSON report that the command-line tool prints. */
export interface Report {
  invocations: number;
  coldStarts: number;
  warmStarts: number;
  throttles: number;
  throttlesByCause: Record<ThrottleCause, number>;
  timeouts: number;
  errors: number;
  completed: number;
  inFlight: number;
  peakConcurrency: number;
  environmentsCreated: number;
  coldStartRatio: number;
  meanEnvironments: number;
  meanBusyEnvironments: number;
  meanIdleEnvironments: number;
  latencyMs: LatencySummary;
  billedGbSeconds: number;
  costUsd: number;
  cost: CostBreakdown;
  /** Events the sources produced; equals `invocations` when every source is synchronous. */
  events: number;
  retries: number;
  gatewayTimeouts: number;
  deadLettered: number;
  sentToDestination: number;
  lost: number;
  duplicates: number;
  maxQueueDepth: number;
  maxIteratorAgeMs: number;
  /** The same counts per source kind present in the run. */
  bySource: Partial<Record<SourceKind, SourceCounts>>;
  durationMs: number;
  seed: number;
  records?: InvocationRecord[];
}
