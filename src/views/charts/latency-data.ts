/**
 * Shaping of per-invocation latencies for the latency chart: a histogram split by cold and warm
 * starts, and percentiles split into start-up (micro VM start and init) and run.
 */
import type { InvocationView } from '../../sim/types';
import { roundStep } from './linear-scale';

/** One finished invocation's latency, split at the moment its handler started. */
export interface LatencySample {
  cold: boolean;
  /** From arrival to the handler's start: micro VM start and init for a cold start, about 0 when warm. */
  startUpMs: number;
  /** From the handler's start to the end. */
  runMs: number;
  totalMs: number;
}

/** One bar of the histogram: invocations whose total latency is in [fromMs, toMs). */
export interface LatencyBin {
  fromMs: number;
  toMs: number;
  cold: number;
  warm: number;
}

/** A percentile of total latency, with the split of the invocation at that rank. */
export interface LatencyPercentile {
  name: 'p50' | 'p95' | 'p99';
  totalMs: number;
  startUpMs: number;
  runMs: number;
}

/** Returns the samples of invocations that ran to an end (completed, failed or timed out). */
export function latencySamples(invocations: readonly InvocationView[]): LatencySample[] {
  const samples: LatencySample[] = [];
  for (const invocation of invocations) {
    if (invocation.start === 'throttled' || !Number.isFinite(invocation.endMs) || !Number.isFinite(invocation.startMs)) {
      continue;
    }
    const startUpMs = invocation.startMs - invocation.arrivalMs;
    const runMs = invocation.endMs - invocation.startMs;
    samples.push({ cold: invocation.start === 'cold', startUpMs, runMs, totalMs: startUpMs + runMs });
  }
  return samples;
}

/** Sorts samples into about `binCount` bins of a round width, from 0 to the slowest. */
export function latencyHistogram(samples: readonly LatencySample[], binCount = 20): LatencyBin[] {
  if (samples.length === 0) return [];
  const slowest = Math.max(...samples.map((sample) => sample.totalMs));
  const width = roundStep(Math.max(slowest, 1), binCount);
  // One bin past the slowest sample, so every bin is half-open and the slowest is inside one.
  const binTotal = Math.floor(slowest / width) + 1;

  const bins: LatencyBin[] = [];
  for (let index = 0; index < binTotal; index++) bins.push({ fromMs: index * width, toMs: (index + 1) * width, cold: 0, warm: 0 });
  for (const sample of samples) {
    const bin = bins[Math.min(bins.length - 1, Math.floor(sample.totalMs / width))];
    if (sample.cold) bin.cold++;
    else bin.warm++;
  }
  return bins;
}

const PERCENTILES = [
  ['p50', 0.5],
  ['p95', 0.95],
  ['p99', 0.99],
] as const;

/** Returns p50, p95 and p99 by nearest rank, or nothing when there are no samples. */
export function latencyPercentiles(samples: readonly LatencySample[]): LatencyPercentile[] {
  if (samples.length === 0) return [];
  const sorted = [...samples].sort((a, b) => a.totalMs - b.totalMs);
  return PERCENTILES.map(([name, fraction]) => {
    const sample = sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
    return { name, totalMs: sample.totalMs, startUpMs: sample.startUpMs, runMs: sample.runMs };
  });
}
