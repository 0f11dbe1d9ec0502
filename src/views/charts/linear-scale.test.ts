import { describe, expect, it } from 'vitest';
import { linearScale, roundStep, roundTicks } from './linear-scale';

describe('linearScale', () => {
  it('maps and inverts', () => {
    const scale = linearScale([0, 10], [100, 0]);
    expect(scale(5)).toBe(50);
    expect(scale.invert(25)).toBe(7.5);
  });

  it('survives a zero-width domain', () => {
    const scale = linearScale([3, 3], [0, 100]);
    expect(scale(3)).toBe(0);
    expect(scale.invert(50)).toBe(3);
  });

  it('copies itself', () => {
    const scale = linearScale([0, 1], [0, 10]);
    expect(scale.copy()(0.5)).toBe(5);
    expect(scale.copy().range()).toEqual([0, 10]);
  });
});

describe('roundStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(roundStep(100, 4)).toBe(50);
    expect(roundStep(7, 4)).toBe(2);
    expect(roundStep(0.03, 3)).toBe(0.01);
  });
});

describe('roundTicks', () => {
  it('lists round multiples', () => {
    expect(roundTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(roundTicks(0, 45, 4)).toEqual([0, 20, 40]);
  });
});
