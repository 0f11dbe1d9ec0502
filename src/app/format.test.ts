import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatInputNumber, formatShare, formatSpeed } from './format';

describe('formatClock', () => {
  it('shows minutes, seconds and milliseconds', () => {
    expect(formatClock(0)).toBe('00:00.000');
    expect(formatClock(1_234)).toBe('00:01.234');
    expect(formatClock(61_005)).toBe('01:01.005');
  });

  it('adds hours from one hour on', () => {
    expect(formatClock(3_600_000)).toBe('1:00:00.000');
    expect(formatClock(3_723_456)).toBe('1:02:03.456');
  });

  it('floors fractional milliseconds', () => {
    expect(formatClock(999.9)).toBe('00:00.999');
  });

  it('treats invalid input as zero', () => {
    expect(formatClock(Number.NaN)).toBe('00:00.000');
    expect(formatClock(-5)).toBe('00:00.000');
  });
});

describe('formatDuration', () => {
  it('picks the unit by size', () => {
    expect(formatDuration(0.5)).toBe('0.5 ms');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(formatDuration(150_000)).toBe('2 min 30 s');
    expect(formatDuration(600_000)).toBe('10 min');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });

  it('shows a dash for NaN', () => {
    expect(formatDuration(Number.NaN)).toBe('–');
  });
});

describe('formatInputNumber', () => {
  it('keeps integers and trims decimals', () => {
    expect(formatInputNumber(1024)).toBe('1024');
    expect(formatInputNumber(0.123456)).toBe('0.1235');
    expect(formatInputNumber(2.5)).toBe('2.5');
  });
});

describe('formatShare', () => {
  it('formats a percentage or a dash', () => {
    expect(formatShare(1, 3)).toBe('33.3 %');
    expect(formatShare(0, 0)).toBe('–');
  });
});

describe('formatSpeed', () => {
  it('formats small and large speeds', () => {
    expect(formatSpeed(0.1)).toBe('0.1');
    expect(formatSpeed(2.5)).toBe('2.5');
    expect(formatSpeed(1000)).toBe('1,000');
  });
});
