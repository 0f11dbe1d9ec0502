import { describe, expect, it } from 'vitest';
import { nearestIndex } from './create-time-chart';

describe('nearestIndex', () => {
  const times = [1_000, 2_000, 3_000];

  it('picks the closer neighbour', () => {
    expect(nearestIndex(times, 1_400)).toBe(0);
    expect(nearestIndex(times, 1_600)).toBe(1);
  });

  it('clamps outside the range', () => {
    expect(nearestIndex(times, -5)).toBe(0);
    expect(nearestIndex(times, 9_000)).toBe(2);
  });

  it('returns -1 when empty', () => {
    expect(nearestIndex([], 0)).toBe(-1);
  });
});
