import { describe, expect, it } from 'vitest';
import { computeLaneLayout, MAX_DENSITY_PITCH, MAX_LANE_PITCH, MAX_LANES, rowAt } from './lane-layout';

describe('computeLaneLayout', () => {
  it('caps the pitch of a few lanes', () => {
    const layout = computeLaneLayout(3, 600);
    expect(layout.mode).toBe('lanes');
    expect(layout.pitch).toBe(MAX_LANE_PITCH);
    expect(layout.barHeight).toBeLessThan(layout.pitch);
    expect(layout.labelEvery).toBe(1);
    expect(layout.contentHeight).toBe(3 * MAX_LANE_PITCH);
  });

  it('caps the pitch at a given maximum', () => {
    const layout = computeLaneLayout(3, 600, 96);
    expect(layout.pitch).toBe(96);
    expect(layout.contentHeight).toBe(3 * 96);
  });

  it('spaces labels by a given distance', () => {
    expect(computeLaneLayout(60, 600).labelEvery).toBe(2);
    expect(computeLaneLayout(60, 600, MAX_LANE_PITCH, 20).labelEvery).toBe(2);
    expect(computeLaneLayout(60, 600, MAX_LANE_PITCH, 21).labelEvery).toBe(5);
  });

  it('shrinks lanes to fit the height', () => {
    const layout = computeLaneLayout(60, 600);
    expect(layout.mode).toBe('lanes');
    expect(layout.pitch).toBe(10);
    expect(layout.contentHeight).toBe(600);
  });

  it('labels every n-th lane when lanes are thin', () => {
    const layout = computeLaneLayout(150, 600);
    expect(layout.mode).toBe('lanes');
    expect(layout.pitch).toBe(4);
    expect(layout.labelEvery).toBe(5);
  });

  it('switches to density past the lane count limit', () => {
    const layout = computeLaneLayout(MAX_LANES + 1, 10_000);
    expect(layout.mode).toBe('density');
    expect(layout.pitch).toBe(MAX_DENSITY_PITCH);
    expect(layout.labelEvery).toBe(0);
  });

  it('switches to density when lanes would be too thin', () => {
    const layout = computeLaneLayout(100, 200);
    expect(layout.mode).toBe('density');
    expect(layout.pitch).toBe(2);
    expect(layout.contentHeight).toBe(200);
  });

  it('packs many rows below one pixel', () => {
    const layout = computeLaneLayout(10_000, 500);
    expect(layout.mode).toBe('density');
    expect(layout.pitch).toBeCloseTo(0.05);
    expect(layout.barHeight).toBe(layout.pitch);
    expect(layout.contentHeight).toBeCloseTo(500);
  });

  it('handles no environments and no room', () => {
    expect(computeLaneLayout(0, 500).contentHeight).toBe(0);
    expect(computeLaneLayout(5, 0).contentHeight).toBe(0);
  });
});

describe('rowAt', () => {
  it('maps y to the row under it', () => {
    const layout = computeLaneLayout(3, 600);
    expect(rowAt(layout, 3, 0)).toBe(0);
    expect(rowAt(layout, 3, MAX_LANE_PITCH + 1)).toBe(1);
    expect(rowAt(layout, 3, 3 * MAX_LANE_PITCH - 0.5)).toBe(2);
  });

  it('returns -1 outside the rows', () => {
    const layout = computeLaneLayout(3, 600);
    expect(rowAt(layout, 3, -1)).toBe(-1);
    expect(rowAt(layout, 3, 3 * MAX_LANE_PITCH)).toBe(-1);
  });
});
