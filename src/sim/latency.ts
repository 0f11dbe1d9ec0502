import type { LatencySummary } from './types';

/** Samples kept exactly before switching to the histogram. */
const EXACT_LIMIT = 4_096;
/** Each histogram bucket spans 0.1 % of its value. */
const GROWTH = 1.001;
const LOG_GROWTH = Math.log(GROWTH);
/** Smallest value the histogram separates; anything at or below it lands in bucket 0. */
const FLOOR_MS = 0.01;

/**
 * Records latencies in bounded memory. The first 4,096 are kept exactly, so short runs report exact
 * percentiles. After that every sample goes into a log-scale histogram with 0.1 % wide buckets, and a
 * percentile is the mean of the samples in its bucket, within 0.1 % of the exact value.
 */
export class LatencyRecorder {
  private count = 0;
  private sum = 0;
  private exact: number[] | null = [];
  /** Histogram bucket index → [count, sum of values]. The sum lets a bucket report its own mean. */
  private buckets: Map<number, [number, number]> | null = null;

  add(valueMs: number): void {
    this.count++;
    this.sum += valueMs;
    if (this.exact !== null) {
      this.exact.push(valueMs);
      if (this.exact.length > EXACT_LIMIT) this.switchToHistogram();
      return;
    }
    this.addToHistogram(valueMs);
  }

  summary(): LatencySummary {
    if (this.count === 0) return { mean: 0, p50: 0, p95: 0, p99: 0 };
    return {
      mean: this.sum / this.count,
      p50: this.percentile(0.5),
      p95: this.percentile(0.95),
      p99: this.percentile(0.99),
    };
  }

  /** Returns the nearest-rank percentile for a fraction in (0, 1]. */
  percentile(fraction: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(fraction * this.count));

    if (this.exact !== null) {
      const sorted = this.exact.slice().sort((a, b) => a - b);
      return sorted[rank - 1];
    }

    const buckets = this.buckets as Map<number, [number, number]>;
    const indices = [...buckets.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const index of indices) {
      const [count, sum] = buckets.get(index) as [number, number];
      seen += count;
      if (seen >= rank) return sum / count;
    }
    return 0;
  }

  private switchToHistogram(): void {
    this.buckets = new Map();
    for (const value of this.exact as number[]) this.addToHistogram(value);
    this.exact = null;
  }

  private addToHistogram(valueMs: number): void {
    const index = valueMs <= FLOOR_MS ? 0 : Math.ceil(Math.log(valueMs / FLOOR_MS) / LOG_GROWTH);
    const buckets = this.buckets as Map<number, [number, number]>;
    const bucket = buckets.get(index);
    if (bucket === undefined) {
      buckets.set(index, [1, valueMs]);
      return;
    }
    bucket[0]++;
    bucket[1] += valueMs;
  }
}
