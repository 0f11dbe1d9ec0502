import type { RandomSource } from './random';
import { createScheduleGenerator, parseSchedule } from './sources/schedule-expression';
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

/** The rule that places the arrivals of one interval of a `counts` stream inside it. */
type CountsSpread = 'even' | 'uniform' | 'poisson';

/**
 * Generates arrivals from a count per interval. `even` spaces an interval's arrivals equally, each in the middle
 * of its share of the interval. `uniform` places them independently at random, drawn in ascending
 * order so no interval is ever held in memory. `poisson` runs a Poisson process at the interval's
 * average rate, so the count itself varies around the given one.
 */
function countsGenerator(
  counts: readonly number[],
  spread: CountsSpread,
  startMs: number,
  intervalMs: number,
  fromMs: number,
  endMs: number,
  source: RandomSource,
): ArrivalGenerator {
  // Skip the intervals that end before `fromMs`. `offset` is the position inside the current one.
  let interval = Math.max(0, Math.floor((fromMs - startMs) / intervalMs));
  let placed = 0;
  let offset = 0;

  const nextInInterval = (count: number): number | undefined => {
    if (spread === 'even') return placed < count ? ((placed + 0.5) * intervalMs) / count : undefined;

    if (spread === 'uniform') {
      if (placed >= count) return undefined;
      // The smallest of the (count - placed) uniform draws left in [offset, intervalMs).
      const remaining = count - placed;
      return offset + (intervalMs - offset) * (1 - Math.pow(1 - source(), 1 / remaining));
    }

    const gap = exponentialGap(count / intervalMs, source);
    return offset + gap < intervalMs ? offset + gap : undefined;
  };

  return {
    next: () => {
      while (interval < counts.length) {
        const intervalStart = startMs + interval * intervalMs;
        if (intervalStart >= endMs) return undefined;

        const count = counts[interval];
        const within = count > 0 ? nextInInterval(count) : undefined;
        if (within === undefined) {
          interval++;
          placed = 0;
          offset = 0;
          continue;
        }

        placed++;
        offset = within;
        const time = intervalStart + within;
        if (time >= endMs) return undefined;
        if (time >= fromMs) return time;
      }
      return undefined;
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

    case 'counts':
      return countsGenerator(
        stream.counts,
        stream.spread,
        stream.startMs ?? 0,
        stream.intervalMs,
        fromMs,
        runEndMs,
        source,
      );

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

    case 'schedule':
      return createScheduleGenerator(parseSchedule(stream.expression), streamStartMs, fromMs, endMs);
  }
}
