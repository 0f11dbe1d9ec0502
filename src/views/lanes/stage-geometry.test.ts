import { describe, expect, it } from 'vitest';
import { computeStageGeometry } from './stage-geometry';

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

  it('puts the tray below the sources', () => {
    const one = computeStageGeometry(1200, 600, 1);
    const three = computeStageGeometry(1200, 600, 3);
    expect(one.axisY).toBeLessThan(one.lanesTop);
    expect(one.trayTop).toBeGreaterThan(one.lanesTop + 44);
    expect(three.trayTop - one.trayTop).toBe(88);
    expect(one.trayBottom).toBeLessThan(one.lanesBottom);
  });

  it('keeps the tray inside a short stage', () => {
    const geometry = computeStageGeometry(1200, 200, 7);
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
