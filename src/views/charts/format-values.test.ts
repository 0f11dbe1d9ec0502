import { describe, expect, it } from 'vitest';
import { formatPercent, formatUsd } from './format-values';

describe('formatUsd', () => {
  it('keeps three significant digits below a dollar', () => {
    expect(formatUsd(0.0000042)).toBe('$0.0000042');
    expect(formatUsd(0.03124)).toBe('$0.0312');
    expect(formatUsd(0.2 / 1_000_000)).toBe('$0.0000002');
  });

  it('keeps cents below a dollar', () => {
    expect(formatUsd(0.2)).toBe('$0.20');
    expect(formatUsd(0.5)).toBe('$0.50');
  });

  it('uses cents from a dollar up', () => {
    expect(formatUsd(12.4)).toBe('$12.40');
  });

  it('writes zero and NaN plainly', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(Number.NaN)).toBe('–');
  });
});

describe('formatPercent', () => {
  it('rounds to whole percent', () => {
    expect(formatPercent(0.256)).toBe('26 %');
    expect(formatPercent(Number.NaN)).toBe('–');
  });
});
