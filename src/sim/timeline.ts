/**
 * A bounded time series of a run for the charts. Bucket `i` covers the simulated time after
 * `i × bucketMs` up to and including `(i + 1) × bucketMs`, so an event at exactly a boundary counts in
 * the earlier bucket, the one a snapshot taken at that boundary closes.
 *
 * Memory stays bounded: when a record falls past the last of `maxBuckets` buckets, neighbouring
 * buckets are merged in pairs and `bucketMs` doubles, as often as needed. With 1,440 buckets of 1 s a
 * simulated day ends with buckets of 64 s.
 */
import type { SimulationSnapshot } from './types';

/** Settings of a timeline. */
export interface TimelineOptions {
  /** Length of one bucket at the start, in simulated milliseconds; doubles each time buckets merge. */
  bucketMs: number;
  /** Number of buckets kept before pairs merge; an even integer of 2 or more. */
  maxBuckets: number;
}

/**
 * Series the timeline stores, one value per bucket.
 *
 * State series hold the value when the bucket closes (its last snapshot), not a time average:
 * `concurrency`, `concurrencyLimit`, `initializing` (provisioning included), `busy` and `idle`. A
 * bucket no snapshot fell in carries the state of the one before.
 *
 * `concurrencyMax` is the highest concurrency among the bucket's snapshots, raised to the run's peak
 * when that peak rose during the bucket. A short spike between two snapshots that stays below the
 * run's earlier peak is missed, so record at least a few times per bucket for exact maxima.
 *
 * Count series are events in the bucket: `arrivals`, `coldStarts`, `warmStarts` and `throttles`.
 * Events between two snapshots all count in the bucket of the later one.
 *
 * Cost series are cumulative USD at the end of the bucket, split as the bill is.
 */
export const TIMELINE_SERIES = [
  'concurrency',
  'concurrencyMax',
  'concurrencyLimit',
  'initializing',
  'busy',
  'idle',
  'arrivals',
  'coldStarts',
  'warmStarts',
  'throttles',
  'costRequestsUsd',
  'costDurationUsd',
  'costInitUsd',
  'costProvisionedUsd',
] as const;

export type TimelineSeries = (typeof TIMELINE_SERIES)[number];

/** Series whose per-bucket values are counts of events, added when buckets merge. */
const COUNT_SERIES: ReadonlySet<TimelineSeries> = new Set(['arrivals', 'coldStarts', 'warmStarts', 'throttles']);

/** A copy of a timeline's contents: plain data that can cross to a worker or be saved as JSON. */
export interface TimelineData {
  bucketMs: number;
  /** Buckets in use; every series has this many values. */
  length: number;
  /** Time of the latest snapshot recorded. */
  endMs: number;
  series: Record<TimelineSeries, number[]>;
}

/** Running totals from the previous snapshot, to turn counters into per-bucket deltas. */
interface Counters {
  arrivals: number;
  coldStarts: number;
  warmStarts: number;
  throttles: number;
  peakConcurrency: number;
}

const ZERO_COUNTERS: Counters = { arrivals: 0, coldStarts: 0, warmStarts: 0, throttles: 0, peakConcurrency: 0 };

/** Records snapshots of a simulation into buckets of a fixed length, in bounded memory. */
export class Timeline {
  private bucketMsValue: number;
  private readonly maxBuckets: number;
  private readonly values: Record<TimelineSeries, Float64Array>;
  private lengthValue = 0;
  private endMsValue = 0;
  private previous: Counters = ZERO_COUNTERS;

  /** Throws a RangeError when `bucketMs` is not above 0 or `maxBuckets` is not an even integer of 2 or more. */
  constructor(options: TimelineOptions) {
    if (!(options.bucketMs > 0) || !Number.isFinite(options.bucketMs)) {
      throw new RangeError(`bucketMs must be a finite number above 0, got ${options.bucketMs}.`);
    }
    if (!Number.isInteger(options.maxBuckets) || options.maxBuckets < 2 || options.maxBuckets % 2 !== 0) {
      throw new RangeError(`maxBuckets must be an even integer of 2 or more, got ${options.maxBuckets}.`);
    }

    this.bucketMsValue = options.bucketMs;
    this.maxBuckets = options.maxBuckets;
    // Preallocated so recording never grows memory, whatever the length of the run.
    const values = {} as Record<TimelineSeries, Float64Array>;
    for (const name of TIMELINE_SERIES) values[name] = new Float64Array(options.maxBuckets);
    this.values = values;
  }

  /** Current bucket length; it doubles each time the buckets merge. */
  get bucketMs(): number {
    return this.bucketMsValue;
  }

  /** Buckets in use. */
  get length(): number {
    return this.lengthValue;
  }

  /**
   * Adds a snapshot. Call it after each advance of the simulation, as often as you like: several
   * times in one bucket, or once for many buckets. Throws a RangeError when the snapshot is older than
   * the previous one.
   */
  record(snapshot: SimulationSnapshot): void {
    const nowMs = snapshot.nowMs;
    if (nowMs < this.endMsValue) {
      throw new RangeError(`Snapshot at ${nowMs} ms is older than the last one recorded, at ${this.endMsValue} ms.`);
    }

    while (this.bucketIndex(nowMs) >= this.maxBuckets) this.mergePairs();
    const index = this.bucketIndex(nowMs);
    this.fillUpTo(index);

    const metrics = snapshot.metrics;
    const values = this.values;
    const previous = this.previous;
    const opened = this.lengthValue === index;
    this.lengthValue = index + 1;

    values.arrivals[index] += metrics.arrivals - previous.arrivals;
    values.coldStarts[index] += metrics.coldStarts - previous.coldStarts;
    values.warmStarts[index] += metrics.warmStarts - previous.warmStarts;
    values.throttles[index] += metrics.throttles - previous.throttles;

    let highest = metrics.concurrency;
    if (metrics.peakConcurrency > previous.peakConcurrency) highest = Math.max(highest, metrics.peakConcurrency);
    values.concurrencyMax[index] = opened ? highest : Math.max(values.concurrencyMax[index], highest);

    const environments = metrics.environments;
    values.concurrency[index] = metrics.concurrency;
    values.concurrencyLimit[index] = metrics.concurrencyLimit;
    values.initializing[index] = environments.provisioning + environments.initializing;
    values.busy[index] = environments.busy;
    values.idle[index] = environments.idle;

    const cost = metrics.cost;
    values.costRequestsUsd[index] = cost.requestsUsd;
    values.costDurationUsd[index] = cost.durationUsd;
    values.costInitUsd[index] = cost.initUsd;
    values.costProvisionedUsd[index] = cost.provisionedUsd;

    this.previous = {
      arrivals: metrics.arrivals,
      coldStarts: metrics.coldStarts,
      warmStarts: metrics.warmStarts,
      throttles: metrics.throttles,
      peakConcurrency: metrics.peakConcurrency,
    };
    this.endMsValue = nowMs;
  }

  /** Returns the values of one series, one per bucket in use, as a new array. */
  series(name: TimelineSeries): number[] {
    return Array.from(this.values[name].subarray(0, this.lengthValue));
  }

  /** Returns a copy of everything recorded, as plain data. */
  data(): TimelineData {
    const series = {} as Record<TimelineSeries, number[]>;
    for (const name of TIMELINE_SERIES) series[name] = this.series(name);
    return { bucketMs: this.bucketMsValue, length: this.lengthValue, endMs: this.endMsValue, series };
  }

  /** Returns the bucket that contains `timeMs`; a time on a boundary belongs to the bucket it closes. */
  private bucketIndex(timeMs: number): number {
    return Math.max(0, Math.ceil(timeMs / this.bucketMsValue) - 1);
  }

  /** Opens the buckets before `index` that no snapshot reached, carrying the last state into them. */
  private fillUpTo(index: number): void {
    const last = this.lengthValue - 1;
    for (let bucket = this.lengthValue; bucket < index; bucket++) {
      for (const name of TIMELINE_SERIES) {
        const carried = name === 'concurrencyMax' ? this.values.concurrency[last] : this.values[name][last];
        this.values[name][bucket] = COUNT_SERIES.has(name) || last < 0 ? 0 : carried;
      }
    }
    // The bucket of this record starts from zero counts when it is new.
    if (index >= this.lengthValue) {
      for (const name of COUNT_SERIES) this.values[name][index] = 0;
    }
  }

  /** Merges buckets 2i and 2i + 1 into bucket i and doubles the bucket length. */
  private mergePairs(): void {
    const merged = Math.ceil(this.lengthValue / 2);
    for (let target = 0; target < merged; target++) {
      const first = 2 * target;
      const second = Math.min(first + 1, this.lengthValue - 1);
      for (const name of TIMELINE_SERIES) {
        const values = this.values[name];
        if (COUNT_SERIES.has(name)) {
          values[target] = second === first ? values[first] : values[first] + values[second];
        } else if (name === 'concurrencyMax') {
          values[target] = Math.max(values[first], values[second]);
        } else {
          values[target] = values[second];
        }
      }
    }
    for (const name of TIMELINE_SERIES) this.values[name].fill(0, merged);
    this.lengthValue = merged;
    this.bucketMsValue *= 2;
  }
}

/** Returns the start time of bucket `index`. */
export function bucketStartMs(data: TimelineData, index: number): number {
  return index * data.bucketMs;
}

/** Returns the share of starts in each bucket that were cold, or NaN for a bucket with no start. */
export function coldStartShare(data: TimelineData): number[] {
  const { coldStarts, warmStarts } = data.series;
  return coldStarts.map((cold, index) => {
    const started = cold + warmStarts[index];
    return started > 0 ? cold / started : NaN;
  });
}

/** Returns the cumulative total cost in USD at the end of each bucket. */
export function totalCostUsd(data: TimelineData): number[] {
  const { costRequestsUsd, costDurationUsd, costInitUsd, costProvisionedUsd } = data.series;
  return costRequestsUsd.map(
    (requests, index) => requests + costDurationUsd[index] + costInitUsd[index] + costProvisionedUsd[index],
  );
}

/** Returns the bucket that contains `timeMs` in `data`, clamped to the buckets in use; -1 when empty. */
export function bucketAt(data: TimelineData, timeMs: number): number {
  if (data.length === 0) return -1;
  const index = Math.max(0, Math.ceil(timeMs / data.bucketMs) - 1);
  return Math.min(index, data.length - 1);
}
