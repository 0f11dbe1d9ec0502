import { describe, expect, it } from 'vitest';
import { formatDuration, formatSimTime } from './time-format';

describe('formatSimTime', () => {
  it('shows minutes and seconds for whole-second ticks', () => {
    expect(formatSimTime(0, 10_000)).toBe('00:00');
    expect(formatSimTime(65_000, 5_000)).toBe('01:05');
    expect(formatSimTime(600_000, 60_000)).toBe('10:00');
    expect(formatSimTime(2_000, 1_000)).toBe('00:02');
  });

  it('adds milliseconds for closer ticks', () => {
    expect(formatSimTime(1_250, 250)).toBe('00:01.250');
    expect(formatSimTime(2_000, 500)).toBe('00:02.000');
    expect(formatSimTime(7, 1)).toBe('00:00.007');
  });

  it('adds hours past an hour', () => {
    expect(formatSimTime(3_725_000, 600_000)).toBe('1:02:05');
  });

  it('signs times before the run', () => {
    expect(formatSimTime(-5_000, 60_000)).toBe('-00:05');
  });
});

describe('formatDuration', () => {
  it('picks a unit by size', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2_500)).toBe('2.5 s');
    expect(formatDuration(2_000)).toBe('2 s');
    expect(formatDuration(600_000)).toBe('10 min');
    expect(formatDuration(5_400_000)).toBe('1.5 h');
  });

  it('names an unknown duration', () => {
    expect(formatDuration(Number.NaN)).toBe('unknown');
  });
});
