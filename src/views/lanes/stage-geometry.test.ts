import { describe, expect, it } from 'vitest';
import { computeStageGeometry, TRAY_PX, trayBand } from './stage-geometry';

describe('computeStageGeometry', () => {
  it('orders the bands left to right', () => {
    const geometry = computeStageGeometry(1200, 600);
    expect(geometry.sourceX).toBeLessThan(geometry.sourceRight);
    expect(geometry.sourceRight).toBeLessThan(geometry.wallX);
    expect(geometry.wallX).toBeLessThan(geometry.labelRight);
    expect(geometry.labelRight).toBeLessThan(geometry.plotLeft);
    expect(geometry.plotLeft).toBeLessThan(geometry.plotRight);
    expect(geometry.plotRight).toBeLessThanOrEqual(1200);
  });

  it('widens the text bands by the text scale', () => {
    const plain = computeStageGeometry(1200, 600, 40, 3);
    const scaled = computeStageGeometry(1200, 600, 40, 3, 1.5);
    expect(scaled.sourceRight).toBe(plain.sourceRight * 1.5);
    expect(scaled.labelRight - scaled.wallX).toBe((plain.labelRight - plain.wallX) * 1.5);
    expect(scaled.axisY).toBe(plain.axisY * 1.5);
    expect(trayBand(scaled, 0).bottom - trayBand(scaled, 0).top).toBe(TRAY_PX * 1.5);
    expect(scaled.plotRight).toBe(plain.plotRight);
  });

  it('puts the trays below the sources', () => {
    const small = computeStageGeometry(1200, 600, 40);
    const tall = computeStageGeometry(1200, 600, 128);
    expect(small.axisY).toBeLessThan(small.lanesTop);
    expect(small.trayTop).toBeGreaterThan(small.lanesTop + 40);
    expect(tall.trayTop - small.trayTop).toBe(88);
    expect(small.trayBottom).toBeLessThan(small.lanesBottom);
  });

  it('stacks one band per tray', () => {
    const geometry = computeStageGeometry(1200, 600, 40, 3);
    const first = trayBand(geometry, 0);
    const last = trayBand(geometry, 2);
    expect(first.top).toBe(geometry.trayTop);
    expect(first.bottom - first.top).toBeCloseTo(TRAY_PX);
    expect(last.bottom).toBeCloseTo(geometry.trayBottom);
    expect(trayBand(geometry, 1).top).toBeGreaterThan(first.bottom);
  });

  it('keeps the trays inside a short stage', () => {
    const geometry = computeStageGeometry(1200, 200, 400, 3);
    expect(geometry.trayBottom).toBe(geometry.lanesBottom);
    expect(geometry.trayTop).toBeGreaterThanOrEqual(geometry.lanesTop);
  });

  it('keeps a positive plot on a tiny stage', () => {
    const geometry = computeStageGeometry(50, 20);
    expect(geometry.plotRight).toBeGreaterThan(geometry.plotLeft);
    expect(geometry.lanesBottom).toBeGreaterThanOrEqual(geometry.lanesTop);
    expect(geometry.trayTop).toBeGreaterThanOrEqual(geometry.lanesTop);
  });
});
