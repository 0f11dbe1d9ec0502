import { describe, expect, it } from 'vitest';
import { clampSpeed, nudgedSpeed } from './speed';

describe('nudgedSpeed', () => {
  it('moves between notches', () => {
    expect(nudgedSpeed(1, 1)).toBe(2);
    expect(nudgedSpeed(2, 1)).toBe(5);
    expect(nudgedSpeed(1, -1)).toBe(0.5);
  });

  it('moves from between notches to the nearer one', () => {
    expect(nudgedSpeed(3, 1)).toBe(5);
    expect(nudgedSpeed(3, -1)).toBe(2);
  });

  it('stops at the ends', () => {
    expect(nudgedSpeed(1000, 1)).toBe(1000);
    expect(nudgedSpeed(0.1, -1)).toBe(0.1);
    expect(nudgedSpeed(0.10000001, -1)).toBe(0.1);
  });
});

describe('clampSpeed', () => {
  it('clamps and repairs NaN', () => {
    expect(clampSpeed(0.01)).toBe(0.1);
    expect(clampSpeed(5000)).toBe(1000);
    expect(clampSpeed(Number.NaN)).toBe(1);
  });
});
