import { describe, expect, it } from 'vitest';
import { formatAxisTime, timeTicks } from './time-axis';

describe('formatAxisTime', () => {
  it('uses seconds for short spans', () => {
    expect(formatAxisTime(2_500, 5_000)).toBe('2.5 s');
  });

  it('uses minutes and seconds up to two hours', () => {
    expect(formatAxisTime(90_000, 120_000)).toBe('1:30');
    expect(formatAxisTime(59_999.6, 120_000)).toBe('1:00');
  });

  it('uses hours for long spans', () => {
    expect(formatAxisTime(6 * 3_600_000, 86_400_000)).toBe('6 h');
    expect(formatAxisTime(5_400_000, 86_400_000)).toBe('1 h 30 min');
  });
});

describe('timeTicks', () => {
  it('picks a round step', () => {
    expect(timeTicks(30_000, 6)).toEqual([0, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000]);
  });

  it('covers a day in hours', () => {
    expect(timeTicks(86_400_000, 6)).toEqual([0, 6, 12, 18, 24].map((hours) => hours * 3_600_000));
  });

  it('returns zero alone for an empty span', () => {
    expect(timeTicks(0, 6)).toEqual([0]);
  });
});
