import type { RandomSource } from './random';
import type { TrafficStream } from './types';

/**
 * Produces the arrival times of one traffic stream, one at a time, in non-decreasing order.
 * Generating lazily keeps memory flat however long the run is.
 */
export interface ArrivalGenerator {
  /** Returns the next arrival time, or undefined when the stream has ended. */
  next(): number | undefined;
}

const MS_PER_SEC = 1_000;

/** Draws an exponential gap in milliseconds for a rate per millisecond. */
function exponentialGap(ratePerMs: number, source: RandomSource): number {
  return -Math.log(1 - source()) / ratePerMs;
}

/** Replays explicit times (sorted), skipping those before `fromMs`. */
function timesGenerator(atMs: readonly number[], fromMs: number, endMs: number): ArrivalGenerator {
  const times = atMs.filter((time) => time >= fromMs && time < endMs).sort((a, b) => a - b);
  let index = 0;
  return { next: () => (index < times.length ? times[index++] : undefined) };
}

/** Evenly spaced arrivals; the k-th is computed from the start to avoid drift from repeated adding. */
function constantGenerator(ratePerSec: number, startMs: number, endMs: number): ArrivalGenerator {
  if (!(ratePerSec > 0)) return { next: () => undefined };
  const intervalMs = MS_PER_SEC / ratePerSec;
  let count = 0;
  return {
    next: () => {
      const time = startMs + count * intervalMs;
      if (time >= endMs) return undefined;
      count++;
      return time;
    },
  };
}

/** A Poisson process: exponential gaps between arrivals. */
function poissonGenerator(ratePerSec: number, startMs: number, endMs: number, source: RandomSource): ArrivalGenerator {
  if (!(ratePerSec > 0)) return { next: () => undefined };
  const ratePerMs = ratePerSec / MS_PER_SEC;
  let time = startMs;
  return {
    next: () => {
      time += exponentialGap(ratePerMs, source);
      return time < endMs ? time : undefined;
    },
  };
}

/**
 * A Poisson process whose rate changes over time, drawn by thinning: candidates come at the highest
 * rate and each is kept with probability rate(t) / highest rate.
 */
function thinnedGenerator(
  ratePerSecAt: (timeMs: number) => number,
  maxRatePerSec: number,
  startMs: number,
  endMs: number,
  source: RandomSource,
): ArrivalGenerator {
  if (!(maxRatePerSec > 0)) return { next: () => undefined };
  const maxRatePerMs = maxRatePerSec / MS_PER_SEC;
  let time = startMs;
  return {
    next: () => {
      for (;;) {
        time += exponentialGap(maxRatePerMs, source);
        if (time >= endMs) return undefined;
        if (source() * maxRatePerSec < ratePerSecAt(time)) return time;
      }
    },
  };
}

/**
 * Creates the generator for `stream`, producing arrivals from `fromMs` (inclusive) to `runEndMs`.
 * `fromMs` is later than 0 when a stream is replaced during a run. Ramps and sine waves keep their
 * phase from the stream's own start, so a change mid-run continues the same curve.
 */
export function createArrivalGenerator(
  stream: TrafficStream,
  fromMs: number,
  runEndMs: number,
  source: RandomSource,
): ArrivalGenerator {
  switch (stream.pattern) {
    case 'times':
      return timesGenerator(stream.atMs, fromMs, runEndMs);

    case 'burst':
      return timesGenerator(new Array<number>(stream.count).fill(stream.atMs), fromMs, runEndMs);

    default:
      break;
  }

  const streamStartMs = stream.startMs ?? 0;
  const startMs = Math.max(streamStartMs, fromMs);
  const endMs = Math.min(stream.endMs ?? Infinity, runEndMs);

  switch (stream.pattern) {
    case 'constant': {
      // Keep the grid of the original start so a mid-run change does not shift later arrivals.
      const intervalMs = stream.ratePerSec > 0 ? MS_PER_SEC / stream.ratePerSec : Infinity;
      const skipped = startMs > streamStartMs ? Math.ceil((startMs - streamStartMs) / intervalMs) : 0;
      return constantGenerator(stream.ratePerSec, streamStartMs + skipped * intervalMs, endMs);
    }

    case 'poisson':
      return poissonGenerator(stream.ratePerSec, startMs, endMs, source);

    case 'ramp': {
      const { fromPerSec, toPerSec, overMs } = stream;
      const rateAt = (timeMs: number) => {
        const progress = overMs > 0 ? Math.min(1, (timeMs - streamStartMs) / overMs) : 1;
        return fromPerSec + (toPerSec - fromPerSec) * progress;
      };
      return thinnedGenerator(rateAt, Math.max(fromPerSec, toPerSec), startMs, endMs, source);
    }

    case 'periodic': {
      const { meanPerSec, amplitudePerSec, periodMs } = stream;
      const rateAt = (timeMs: number) =>
        Math.max(0, meanPerSec + amplitudePerSec * Math.sin((2 * Math.PI * (timeMs - streamStartMs)) / periodMs));
      return thinnedGenerator(rateAt, meanPerSec + Math.abs(amplitudePerSec), startMs, endMs, source);
    }
  }
}
