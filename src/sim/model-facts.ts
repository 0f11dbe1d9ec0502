/**
 * Facts about AWS Lambda that the simulation follows, with their sources, and the defaults it uses
 * where AWS documents nothing. Those defaults are marked `assumption: true` so the app can label them.
 *
 * Sources are AWS documentation pages unless stated: "Lambda execution environment lifecycle",
 * "Lambda quotas", "Configuring function timeout", "Memory and computing power", "Lambda scaling
 * behavior", "Lambda pricing" (us-east-1, first tier) and the AWS Compute Blog post on init billing
 * (April 2025).
 */
import type { Architecture, DurationSpec, RuntimeId } from './types';

/** Init must finish within 10 s; otherwise Lambda runs it again at the first invocation. */
export const INIT_LIMIT_MS = 10_000;

/** Provisioned environments may init for max(130 s, function timeout) instead of 10 s. */
export const PROVISIONED_INIT_LIMIT_MS = 130_000;

export const TIMEOUT_MIN_MS = 1_000;
export const TIMEOUT_MAX_MS = 900_000;
export const TIMEOUT_DEFAULT_MS = 3_000;

export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
export const MEMORY_DEFAULT_MB = 128;

/** Default Regional concurrency quota of an account. */
export const ACCOUNT_CONCURRENCY_DEFAULT = 1_000;

/** Upper bound the app offers; real quotas can be raised further on request. */
export const CONCURRENCY_LIMIT_MAX = 100_000;

/** AWS keeps 100 concurrency unreserved, so reserved concurrency can reach at most the limit minus 100. */
export const UNRESERVED_MINIMUM = 100;

/** Standard scaling (since November 2023): each function may add 1,000 environments every 10 s. */
export const STANDARD_SCALING_ENVIRONMENTS = 1_000;
export const STANDARD_SCALING_WINDOW_MS = 10_000;

/** Legacy scaling (before November 2023): a Region burst, then 500 more environments a minute. */
export const LEGACY_BURSTS = [500, 1_000, 3_000] as const;
export const LEGACY_BURST_DEFAULT = 3_000;
export const LEGACY_STEP_ENVIRONMENTS = 500;
export const LEGACY_STEP_MS = 60_000;

/** AWS caps the shutdown phase at 2 s. */
export const SHUTDOWN_LIMIT_MS = 2_000;

/** 1,769 MB of memory gives one vCPU-second per second. */
export const MEMORY_MB_PER_VCPU = 1_769;

/** Prices in USD, us-east-1, first tier, free tier not applied. */
export const PRICES = {
  requestUsd: 0.2 / 1_000_000,
  gbSecondUsd: { x86_64: 0.0000166667, arm64: 0.0000133334 } satisfies Record<Architecture, number>,
  provisionedGbSecondUsd: 0.0000041667,
  provisionedRunningGbSecondUsd: 0.0000097222,
  /** Billed duration is rounded up to the next millisecond (since December 2020). */
  roundingMs: 1,
  asOf: '2026-01',
} as const;

/** Since 1 August 2025, the init phase of on-demand functions is billed like run time. */
export const INIT_BILLED = true;

export interface DefaultValue<T> {
  value: T;
  assumption: boolean;
  /** Reason for this default, in a sentence the app can show. */
  basis: string;
}

/**
 * Defaults of the platform behaviour that AWS does not document. The app labels these as assumptions.
 */
export const ASSUMED = {
  idleLifetimeMs: {
    value: 600_000,
    assumption: true,
    basis: 'Idle environments were seen reclaimed after about 10 minutes (Shilkov, 2019); SimFaaS uses 600 s.',
  },
  provisionDurationMs: {
    value: 125,
    assumption: true,
    basis: 'AWS stated that a Firecracker micro VM starts in about 125 ms (2018); code download time varies.',
  },
  reuse: {
    value: 'newest' as const,
    assumption: true,
    basis: 'SimFaaS matched Lambda traces by sending each event to the newest idle environment.',
  },
  shutdownDurationMs: {
    value: 500,
    assumption: true,
    basis: 'AWS caps shutdown at 2 s and publishes no typical figure.',
  },
  resetDurationMs: {
    value: 200,
    assumption: true,
    basis: 'AWS resets an environment after a timeout but publishes no duration for the reset.',
  },
  queueBackoffMs: {
    value: 1_000,
    assumption: true,
    basis: 'After a failed or throttled batch, AWS says the SQS pollers back off gradually but publishes no delay.',
  },
  queueBackoffPollers: {
    value: 1,
    assumption: true,
    basis: 'AWS says Lambda lowers the concurrency of an SQS mapping after failures and throttles, but not by how much.',
  },
} satisfies Record<string, DefaultValue<unknown>>;

export interface RuntimePreset {
  id: RuntimeId;
  label: string;
  /** Typical cold start as a log-normal distribution fitted to the published P50 and P99. */
  initDurationMs: DurationSpec & { dist: 'lognormal' };
}

/**
 * Typical production cold starts in 2026 (Eric Johnson, AWS developer advocate: ranges, not a
 * benchmark). Each preset uses the middle of the published P50 and P99 ranges.
 */
export const RUNTIMES: readonly RuntimePreset[] = [
  { id: 'nodejs', label: 'Node.js 22', initDurationMs: { dist: 'lognormal', medianMs: 275, p99Ms: 800 } },
  { id: 'python', label: 'Python 3.13', initDurationMs: { dist: 'lognormal', medianMs: 300, p99Ms: 1_000 } },
  { id: 'java', label: 'Java 21', initDurationMs: { dist: 'lognormal', medianMs: 3_500, p99Ms: 8_000 } },
  {
    id: 'java-snapstart',
    label: 'Java 21 with SnapStart',
    initDurationMs: { dist: 'lognormal', medianMs: 115, p99Ms: 300 },
  },
  { id: 'go', label: 'Go', initDurationMs: { dist: 'lognormal', medianMs: 75, p99Ms: 200 } },
  { id: 'rust', label: 'Rust', initDurationMs: { dist: 'lognormal', medianMs: 65, p99Ms: 150 } },
];

/** Finds a runtime preset by id. */
export function runtimePreset(id: RuntimeId): RuntimePreset {
  const preset = RUNTIMES.find((runtime) => runtime.id === id);
  if (!preset) throw new Error(`Unknown runtime "${id}".`);
  return preset;
}
