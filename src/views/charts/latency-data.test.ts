import { describe, expect, it } from 'vitest';
import type { InvocationView } from '../../sim/types';
import { latencyHistogram, latencyPercentiles, latencySamples, type LatencySample } from './latency-data';

/** Builds the fields of an invocation that latency shaping reads. */
function invocation(start: InvocationView['start'], arrivalMs: number, startMs: number, endMs: number): InvocationView {
  return { start, arrivalMs, startMs, endMs } as InvocationView;
}

function sample(totalMs: number, cold = false): LatencySample {
  return { cold, startUpMs: cold ? totalMs / 2 : 0, runMs: cold ? totalMs / 2 : totalMs, totalMs };
}

describe('latencySamples', () => {
  it('splits at the handler start', () => {
    const [cold] = latencySamples([invocation('cold', 100, 525, 1_525)]);
    expect(cold).toEqual({ cold: true, startUpMs: 425, runMs: 1_000, totalMs: 1_425 });
  });

  it('skips throttled and running ones', () => {
    const samples = latencySamples([
      invocation('throttled', 0, Number.NaN, Number.NaN),
      invocation('warm', 0, 0, Number.NaN),
      invocation('warm', 0, 0, 80),
    ]);
    expect(samples).toHaveLength(1);
  });
});

describe('latencyHistogram', () => {
  it('counts cold and warm per bin', () => {
    const bins = latencyHistogram([sample(50), sample(150), sample(160, true), sample(1_000, true)], 10);
    expect(bins[0]).toEqual({ fromMs: 0, toMs: 100, cold: 0, warm: 1 });
    expect(bins[1]).toMatchObject({ cold: 1, warm: 1 });
    expect(bins[bins.length - 1]).toMatchObject({ fromMs: 1_000, cold: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.cold + bin.warm, 0)).toBe(4);
  });

  it('returns no bins for no samples', () => {
    expect(latencyHistogram([])).toEqual([]);
  });
});

describe('latencyPercentiles', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => sample(index + 1, index === 98));
    const [p50, p95, p99] = latencyPercentiles(samples);
    expect(p50.totalMs).toBe(50);
    expect(p95.totalMs).toBe(95);
    expect(p99).toEqual({ name: 'p99', totalMs: 99, startUpMs: 49.5, runMs: 49.5 });
  });

  it('returns nothing for no samples', () => {
    expect(latencyPercentiles([])).toEqual([]);
  });
});
