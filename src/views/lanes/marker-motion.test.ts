import { describe, expect, it } from 'vitest';
import {
  bouncePosition,
  easeInOut,
  flightPosition,
  hasHitWall,
  motionProgress,
  type Point,
} from './marker-motion';

describe('motionProgress', () => {
  it('clamps to 0 and 1', () => {
    expect(motionProgress(-5, 100)).toBe(0);
    expect(motionProgress(50, 100)).toBe(0.5);
    expect(motionProgress(500, 100)).toBe(1);
  });

  it('finishes at once without a duration', () => {
    expect(motionProgress(0, 0)).toBe(1);
  });
});

describe('easeInOut', () => {
  it('keeps the ends and rises monotonically', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    let previous = 0;
    for (let t = 0.05; t <= 1; t += 0.05) {
      const value = easeInOut(t);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });
});

describe('flightPosition', () => {
  it('starts at the source and lands on the lane', () => {
    const point: Point = { x: 0, y: 0 };
    flightPosition(point, 0, 10, 20, 500, 300);
    expect(point).toEqual({ x: 10, y: 20 });
    flightPosition(point, 1, 10, 20, 500, 300);
    expect(point.x).toBeCloseTo(500);
    expect(point.y).toBeCloseTo(300);
  });

  it('stays between its ends', () => {
    const point: Point = { x: 0, y: 0 };
    for (let p = 0; p <= 1; p += 0.1) {
      flightPosition(point, p, 10, 20, 500, 300);
      expect(point.x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(500 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(300 + 1e-9);
    }
  });
});

describe('bouncePosition', () => {
  it('reaches the wall, then ends in the tray', () => {
    const point: Point = { x: 0, y: 0 };
    bouncePosition(point, 0, 20, 50, 140, 40, 400);
    expect(point).toEqual({ x: 20, y: 50 });
    bouncePosition(point, 0.45, 20, 50, 140, 40, 400);
    expect(point).toEqual({ x: 140, y: 50 });
    bouncePosition(point, 1, 20, 50, 140, 40, 400);
    expect(point.x).toBeCloseTo(40);
    expect(point.y).toBeCloseTo(400);
  });

  it('hops up just after the hit', () => {
    const point: Point = { x: 0, y: 0 };
    bouncePosition(point, 0.5, 20, 50, 140, 40, 400);
    expect(point.x).toBeLessThan(140);
    expect(point.y).toBeLessThan(50);
  });

  it('flashes the wall from the hit on', () => {
    expect(hasHitWall(0.3)).toBe(false);
    expect(hasHitWall(0.6)).toBe(true);
  });
});
