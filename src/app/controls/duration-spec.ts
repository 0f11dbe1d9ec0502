/**
 * One number for a duration that may be a distribution. Controls show the typical value (the
 * constant, mean or median) and scale the whole distribution when it changes, so a preset's spread
 * (for example a runtime's p99 against its median) survives an edit.
 */
import type { DurationSpec } from '../../sim/types';

/** Returns the typical value of a duration: the constant, the mean, the middle or the median. */
export function typicalMs(spec: DurationSpec): number {
  if (typeof spec === 'number') return spec;
  switch (spec.dist) {
    case 'constant':
      return spec.ms;
    case 'exponential':
      return spec.meanMs;
    case 'uniform':
      return (spec.minMs + spec.maxMs) / 2;
    case 'lognormal':
      return spec.medianMs;
  }
}

/** Returns true when the duration varies from draw to draw. */
export function isDistribution(spec: DurationSpec): boolean {
  return typeof spec !== 'number' && spec.dist !== 'constant';
}

/** Returns a duration of the same kind whose typical value is `ms`, every parameter scaled alike. */
export function withTypicalMs(spec: DurationSpec, ms: number): DurationSpec {
  if (typeof spec === 'number') return ms;
  if (spec.dist === 'constant') return { dist: 'constant', ms };

  const current = typicalMs(spec);
  // A distribution whose typical value is 0 has no shape to keep, so it becomes a constant.
  if (current <= 0) return ms;
  const factor = ms / current;

  switch (spec.dist) {
    case 'exponential':
      return { dist: 'exponential', meanMs: ms };
    case 'uniform':
      return { dist: 'uniform', minMs: spec.minMs * factor, maxMs: spec.maxMs * factor };
    case 'lognormal':
      return { dist: 'lognormal', medianMs: ms, p99Ms: spec.p99Ms * factor };
  }
}
