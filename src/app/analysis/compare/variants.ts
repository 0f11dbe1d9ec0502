/**
 * The comparisons the compare view offers: two versions of the current scenario that differ in one
 * setting, run on identical traffic because both keep the scenario's seed and traffic streams.
 */
import { MEMORY_MB_PER_VCPU, runtimePreset } from '../../../sim/model-facts';
import type { DurationSpec, Scenario } from '../../../sim/types';

/** One side of a comparison: its label and how it changes the base scenario. */
export interface Variant {
  label: string;
  apply: (base: Scenario) => Scenario;
}

/** A comparison of two variants, with a note on what the model assumes for it. */
export interface Comparison {
  label: string;
  sides: [Variant, Variant];
  note?: string;
}

/**
 * Share of one vCPU a single-threaded handler gets: memory ÷ 1,769 MB, at most 1. Lambda gives more
 * vCPUs above 1,769 MB, but one thread runs no faster on them.
 */
export function singleThreadCpuShare(memoryMb: number): number {
  return Math.min(1, memoryMb / MEMORY_MB_PER_VCPU);
}

/** Multiplies every time of a duration by `factor`. */
export function scaleDuration(spec: DurationSpec, factor: number): DurationSpec {
  if (typeof spec === 'number') return spec * factor;
  switch (spec.dist) {
    case 'constant':
      return { dist: 'constant', ms: spec.ms * factor };
    case 'exponential':
      return { dist: 'exponential', meanMs: spec.meanMs * factor };
    case 'uniform':
      return { dist: 'uniform', minMs: spec.minMs * factor, maxMs: spec.maxMs * factor };
    case 'lognormal':
      return { dist: 'lognormal', medianMs: spec.medianMs * factor, p99Ms: spec.p99Ms * factor };
  }
}

/**
 * Returns `base` with `memoryMb` of memory. The handler's run time scales with the inverse of its CPU
 * share, which holds for CPU-bound, single-threaded work only; I/O-bound handlers barely change.
 */
export function withMemory(base: Scenario, memoryMb: number): Scenario {
  const factor = singleThreadCpuShare(base.function.memoryMb) / singleThreadCpuShare(memoryMb);
  return {
    ...base,
    function: { ...base.function, memoryMb, runDurationMs: scaleDuration(base.function.runDurationMs, factor) },
  };
}

function withProvisioned(base: Scenario, provisionedConcurrency: number): Scenario {
  return { ...base, platform: { ...base.platform, provisionedConcurrency } };
}

function withIdleLifetime(base: Scenario, idleLifetimeMs: number): Scenario {
  return { ...base, platform: { ...base.platform, idleLifetimeMs } };
}

function withRuntime(base: Scenario, runtime: 'nodejs' | 'java'): Scenario {
  return { ...base, function: { ...base.function, runtime, initDurationMs: runtimePreset(runtime).initDurationMs } };
}

/** The comparisons offered, by key. */
export const COMPARISONS = {
  provisioned: {
    label: 'Provisioned concurrency: 0 or 20',
    sides: [
      { label: 'No provisioned concurrency', apply: (base) => withProvisioned(base, 0) },
      { label: '20 provisioned environments', apply: (base) => withProvisioned(base, 20) },
    ],
  },
  idleLifetime: {
    label: 'Idle lifetime: 5 or 15 minutes',
    sides: [
      { label: 'Idle lifetime 5 min', apply: (base) => withIdleLifetime(base, 300_000) },
      { label: 'Idle lifetime 15 min', apply: (base) => withIdleLifetime(base, 900_000) },
    ],
    note: 'Idle lifetime only matters when gaps between events are minutes long; use a long run length to see it.',
  },
  runtime: {
    label: 'Init time: Node.js or Java',
    sides: [
      { label: 'Node.js 22 init', apply: (base) => withRuntime(base, 'nodejs') },
      { label: 'Java 21 init', apply: (base) => withRuntime(base, 'java') },
    ],
  },
  memory: {
    label: 'Memory: 512 or 2,048 MB (CPU-bound work)',
    sides: [
      { label: '512 MB', apply: (base) => withMemory(base, 512) },
      { label: '2,048 MB', apply: (base) => withMemory(base, 2_048) },
    ],
    note: `Assumes CPU-bound, single-threaded work: run time scales with the CPU share, memory ÷ ${MEMORY_MB_PER_VCPU.toLocaleString('en-US')} MB, up to one vCPU. The handler run time set in the settings is taken as the time at the current memory.`,
  },
} satisfies Record<string, Comparison>;

export type ComparisonKey = keyof typeof COMPARISONS;
