/**
 * Helpers for editing the first traffic stream: switching its pattern keeps its source, label and
 * roughly its load, so a person can compare patterns without retyping a rate.
 */
import type { SourceKind, TrafficPattern, TrafficStream } from '../../sim/types';

/**
 * Patterns a person can pick. Others, such as `times`, only come from presets or files, because
 * they list exact moments that a slider cannot set.
 */
export const EDITABLE_PATTERNS = ['poisson', 'constant', 'burst', 'ramp', 'periodic'] as const satisfies readonly TrafficPattern[];

export type EditablePattern = (typeof EDITABLE_PATTERNS)[number];

/** A stream whose pattern the controls can edit. */
export type EditableStream = Extract<TrafficStream, { pattern: EditablePattern }>;

/** Returns whether the controls can edit the stream's pattern. */
export function isEditable(stream: TrafficStream): stream is EditableStream {
  return (EDITABLE_PATTERNS as readonly string[]).includes(stream.pattern);
}

/** Rate a new stream gets when the scenario had none. */
const DEFAULT_RATE_PER_SEC = 2;

/**
 * Returns the stream's load as events per second, averaged over the run where it varies, or 0 for
 * a pattern without a rate to carry over.
 */
export function averageRatePerSec(stream: TrafficStream, durationMs: number): number {
  const seconds = Math.max(durationMs, 1) / 1000;
  if (stream.pattern === 'times') return stream.atMs.length / seconds;
  if (!isEditable(stream)) return 0;

  switch (stream.pattern) {
    case 'poisson':
    case 'constant':
      return stream.ratePerSec;
    case 'periodic':
      return stream.meanPerSec;
    case 'ramp':
      return Math.max(stream.fromPerSec, stream.toPerSec);
    case 'burst':
      return stream.count / seconds;
  }
}

/** Builds a stream of `pattern` that sends about `ratePerSec`, for a run of `durationMs`. */
export function streamOfPattern(
  pattern: EditablePattern,
  source: SourceKind,
  ratePerSec: number,
  durationMs: number,
  label?: string,
): TrafficStream {
  const base = label === undefined ? { source } : { source, label };
  const rate = ratePerSec > 0 ? tidy(ratePerSec) : DEFAULT_RATE_PER_SEC;

  switch (pattern) {
    case 'poisson':
      return { ...base, pattern, ratePerSec: rate };
    case 'constant':
      return { ...base, pattern, ratePerSec: rate };
    case 'burst':
      // Ten seconds' worth of events at once, one second in, so the start of the run stays calm.
      return { ...base, pattern, count: Math.max(2, Math.round(rate * 10)), atMs: Math.min(1000, durationMs / 4) };
    case 'ramp':
      return { ...base, pattern, fromPerSec: tidy(rate / 10), toPerSec: rate, overMs: durationMs };
    case 'periodic':
      return {
        ...base,
        pattern,
        meanPerSec: rate,
        amplitudePerSec: tidy(rate / 2),
        periodMs: Math.max(1000, Math.round(durationMs / 2)),
      };
  }
}

/** Rounds to three significant digits so derived rates read cleanly in the fields. */
function tidy(value: number): number {
  return Number(value.toPrecision(3));
}
