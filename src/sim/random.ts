import { randomExponential, randomLcg, randomLogNormal, randomUniform } from 'd3-random';
import type { DurationSpec } from './types';

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** Draws one duration in milliseconds. */
export type DurationSampler = () => number;

/** The standard normal quantile at 0.99, used to fit a log-normal distribution to a median and a p99. */
const Z_99 = 2.3263478740408408;

/**
 * Mixes a seed with a stream name into a 32-bit integer (FNV-1a, then a final avalanche), so each
 * purpose draws from its own sequence: adding a traffic stream does not shift the run durations.
 */
function streamSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  hash = Math.imul(hash, 0x01000193);
  hash ^= Math.floor(seed / 0x100000000);
  for (let index = 0; index < stream.length; index++) {
    hash ^= stream.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Hands out independent seeded sources by name. Each name always yields the same sequence for the same
 * seed, whatever order the sources are asked for.
 */
export class RandomStreams {
  private readonly sources = new Map<string, RandomSource>();

  constructor(readonly seed: number) {}

  /** Returns the source for `name`, creating it on first use. */
  source(name: string): RandomSource {
    let source = this.sources.get(name);
    if (!source) {
      source = randomLcg(streamSeed(this.seed, name));
      this.sources.set(name, source);
    }
    return source;
  }
}

/** Builds a sampler for a duration spec that draws from `source`. Draws are never negative. */
export function durationSampler(spec: DurationSpec, source: RandomSource): DurationSampler {
  if (typeof spec === 'number') return () => spec;

  switch (spec.dist) {
    case 'constant':
      return () => spec.ms;

    case 'exponential': {
      if (spec.meanMs <= 0) return () => 0;
      return randomExponential.source(source)(1 / spec.meanMs);
    }

    case 'uniform': {
      if (spec.maxMs <= spec.minMs) return () => spec.minMs;
      return randomUniform.source(source)(spec.minMs, spec.maxMs);
    }

    case 'lognormal': {
      const mu = Math.log(spec.medianMs);
      const sigma = Math.max(0, (Math.log(spec.p99Ms) - mu) / Z_99);
      if (sigma === 0) return () => spec.medianMs;
      return randomLogNormal.source(source)(mu, sigma);
    }
  }
}

/** Returns the mean of a duration spec in milliseconds. */
export function meanDuration(spec: DurationSpec): number {
  if (typeof spec === 'number') return spec;

  switch (spec.dist) {
    case 'constant':
      return spec.ms;
    case 'exponential':
      return spec.meanMs;
    case 'uniform':
      return (spec.minMs + spec.maxMs) / 2;
    case 'lognormal': {
      const sigma = (Math.log(spec.p99Ms) - Math.log(spec.medianMs)) / Z_99;
      return spec.medianMs * Math.exp((sigma * sigma) / 2);
    }
  }
}
