import { Bill } from './billing';
import { LatencyRecorder } from './latency';
import type { Architecture, EnvironmentCounts, Phase, ThrottleCause } from './types';

/** Indices of the buckets environments are counted in. */
const enum Bucket {
  Provisioning = 0,
  Initializing = 1,
  Busy = 2,
  Idle = 3,
  ShuttingDown = 4,
  None = 5,
}

const BUCKET_OF_PHASE: Record<Phase, Bucket> = {
  provisioning: Bucket.Provisioning,
  initializing: Bucket.Initializing,
  reinitializing: Bucket.Busy,
  'invoking-cold': Bucket.Busy,
  'invoking-warm': Bucket.Busy,
  resetting: Bucket.Busy,
  idle: Bucket.Idle,
  'shutting-down': Bucket.ShuttingDown,
  terminated: Bucket.None,
};

/**
 * Running totals of a simulation, in memory that does not grow with the number of events: counters,
 * time integrals of the environment counts, a latency recorder and the bill.
 */
export class Metrics {
  /** Invocations routed to the function, throttled ones included. */
  invocations = 0;
  coldStarts = 0;
  warmStarts = 0;
  throttles = 0;
  readonly throttlesByCause: Record<ThrottleCause, number> = {
    'reserved-concurrency': 0,
    'account-concurrency': 0,
    'scaling-rate': 0,
  };
  timeouts = 0;
  errors = 0;
  completed = 0;
  inFlight = 0;
  peakConcurrency = 0;
  environmentsCreated = 0;

  readonly latency = new LatencyRecorder();
  readonly bill: Bill;

  private readonly counts = new Int32Array(6);
  private integratedUntilMs = 0;
  private existingMsSum = 0;
  private busyMsSum = 0;
  private idleMsSum = 0;

  constructor(architecture: Architecture) {
    this.bill = new Bill(architecture);
  }

  /** Moves one environment between phases at `nowMs`. Pass null as `from` for a new environment. */
  movePhase(from: Phase | null, to: Phase, nowMs: number): void {
    this.integrate(nowMs);
    if (from !== null) this.counts[BUCKET_OF_PHASE[from]]--;
    this.counts[BUCKET_OF_PHASE[to]]++;
  }

  throttle(cause: ThrottleCause): void {
    this.throttles++;
    this.throttlesByCause[cause]++;
  }

  /** Adds the environment counts over time up to `nowMs` to the integrals. */
  integrate(nowMs: number): void {
    const elapsed = nowMs - this.integratedUntilMs;
    if (elapsed <= 0) return;
    const counts = this.counts;
    const existing =
      counts[Bucket.Provisioning] + counts[Bucket.Initializing] + counts[Bucket.Busy] + counts[Bucket.Idle] +
      counts[Bucket.ShuttingDown];
    this.existingMsSum += existing * elapsed;
    this.busyMsSum += counts[Bucket.Busy] * elapsed;
    this.idleMsSum += counts[Bucket.Idle] * elapsed;
    this.integratedUntilMs = nowMs;
  }

  environmentCounts(): EnvironmentCounts {
    const counts = this.counts;
    const total =
      counts[Bucket.Provisioning] + counts[Bucket.Initializing] + counts[Bucket.Busy] + counts[Bucket.Idle] +
      counts[Bucket.ShuttingDown];
    return {
      provisioning: counts[Bucket.Provisioning],
      initializing: counts[Bucket.Initializing],
      busy: counts[Bucket.Busy],
      idle: counts[Bucket.Idle],
      shuttingDown: counts[Bucket.ShuttingDown],
      total,
    };
  }

  /** Time-averaged environment counts from 0 to `nowMs` (which must be the latest integrated time). */
  averages(nowMs: number): { existing: number; busy: number; idle: number } {
    this.integrate(nowMs);
    if (nowMs <= 0) return { existing: 0, busy: 0, idle: 0 };
    return {
      existing: this.existingMsSum / nowMs,
      busy: this.busyMsSum / nowMs,
      idle: this.idleMsSum / nowMs,
    };
  }
}
