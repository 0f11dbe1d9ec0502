import { describe, expect, it } from 'vitest';
import { RandomStreams } from './random';
import { parseScenario } from './scenario/parse';
import { createArrivalGenerator } from './traffic';
import type { TrafficStream } from './types';

type CountsStream = Extract<TrafficStream, { pattern: 'counts' }>;

function countsStream(counts: number[], spread: CountsStream['spread'], extra: Partial<CountsStream> = {}): CountsStream {
  return { source: 'sqs', pattern: 'counts', intervalMs: 60_000, counts, spread, ...extra };
}

/** Draws every arrival of a stream between `fromMs` and `endMs`. */
function arrivals(stream: TrafficStream, fromMs = 0, endMs = Infinity, seed = 7): number[] {
  const generator = createArrivalGenerator(stream, fromMs, endMs, new RandomStreams(seed).source('arrivals-0'));
  const times: number[] = [];
  for (let time = generator.next(); time !== undefined; time = generator.next()) times.push(time);
  return times;
}

/** Counts arrivals per interval of `intervalMs`. */
function perInterval(times: readonly number[], intervalMs: number, intervals: number): number[] {
  const counts = new Array<number>(intervals).fill(0);
  for (const time of times) counts[Math.floor(time / intervalMs)]++;
  return counts;
}

describe('counts stream generator', () => {
  it('spaces arrivals evenly', () => {
    const times = arrivals(countsStream([2, 0, 4], 'even', { intervalMs: 1_000 }));

    expect(times).toEqual([250, 750, 2_125, 2_375, 2_625, 2_875]);
  });

  it('keeps exact counts when uniform', () => {
    const counts = [5, 0, 120, 1, 33];
    const times = arrivals(countsStream(counts, 'uniform'));

    expect(perInterval(times, 60_000, counts.length)).toEqual(counts);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('spreads uniform arrivals over the interval', () => {
    const times = arrivals(countsStream([20_000], 'uniform'));
    const tenths = perInterval(times, 6_000, 10);

    for (const count of tenths) expect(Math.abs(count - 2_000)).toBeLessThan(200);
  });

  it('varies poisson counts around the mean', () => {
    const counts = new Array<number>(400).fill(100);
    const times = arrivals(countsStream(counts, 'poisson'));
    const drawn = perInterval(times, 60_000, counts.length);
    const mean = drawn.reduce((sum, count) => sum + count, 0) / drawn.length;
    const variance = drawn.reduce((sum, count) => sum + (count - mean) ** 2, 0) / (drawn.length - 1);

    // A Poisson count has variance equal to its mean: 100 here.
    expect(Math.abs(mean - 100)).toBeLessThan(2);
    expect(variance).toBeGreaterThan(70);
    expect(variance).toBeLessThan(135);
  });

  it('repeats the same draws for a seed', () => {
    const stream = countsStream([50, 50], 'poisson');

    expect(arrivals(stream, 0, Infinity, 3)).toEqual(arrivals(stream, 0, Infinity, 3));
    expect(arrivals(stream, 0, Infinity, 3)).not.toEqual(arrivals(stream, 0, Infinity, 4));
  });

  it('honours startMs, fromMs and the end of the run', () => {
    const stream = countsStream([4, 4, 4], 'even', { intervalMs: 1_000, startMs: 10_000 });

    expect(arrivals(stream, 11_500, 12_500)).toEqual([11_625, 11_875, 12_125, 12_375]);
  });

  it('stops after the last interval', () => {
    const times = arrivals(countsStream([1], 'poisson', { intervalMs: 1_000 }), 0, Infinity, 1);

    expect(times.every((time) => time < 1_000)).toBe(true);
  });
});

describe('counts stream schema', () => {
  const scenarioWith = (stream: Record<string, unknown>) => ({ version: 1, durationMs: 60_000, traffic: [stream] });
  const valid = { source: 'sqs', pattern: 'counts', intervalMs: 60_000, counts: [3, 0, 2], spread: 'even' };

  it('accepts a valid stream', () => {
    const result = parseScenario(scenarioWith(valid));

    expect(result.ok && result.scenario.traffic[0]).toEqual(valid);
  });

  it.each([
    ['negative count', { counts: [1, -2] }, 'traffic[0].counts[1]', 'an integer from 0 up'],
    ['fractional count', { counts: [1.5] }, 'traffic[0].counts[0]', 'an integer from 0 up'],
    ['empty counts', { counts: [] }, 'traffic[0].counts', 'at least one count'],
    ['only zeros', { counts: [0, 0] }, 'traffic[0].counts', 'at least one count above 0'],
    ['interval 0', { intervalMs: 0 }, 'traffic[0].intervalMs', 'above 0'],
    ['unknown spread', { spread: 'normal' }, 'traffic[0].spread', '"even", "uniform" or "poisson"'],
    ['negative start', { startMs: -1 }, 'traffic[0].startMs', 'from 0 up'],
  ])('rejects %s', (_name, change, path, expected) => {
    const result = parseScenario(scenarioWith({ ...valid, ...change }));
    if (result.ok) throw new Error('expected errors');

    expect(result.errors.map((error) => error.path)).toEqual([path]);
    expect(result.errors[0].message).toContain(expected);
  });

  it('reports a missing spread', () => {
    const { spread: _spread, ...withoutSpread } = valid;
    const result = parseScenario(scenarioWith(withoutSpread));
    if (result.ok) throw new Error('expected errors');

    expect(result.errors[0].message).toBe('traffic[0].spread: missing. Expected one of "even", "uniform" or "poisson".');
  });
});
