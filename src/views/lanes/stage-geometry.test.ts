import { describe, expect, it } from 'vitest';
import { computeStageGeometry } from './stage-geometry';

describe('computeStageGeometry', () => {
  it('orders the bands left to right', () => {
    const geometry = computeStageGeometry(1200, 600);
    expect(geometry.sourceX).toBeLessThan(geometry.wallX);
    expect(geometry.wallX).toBeLessThan(geometry.labelRight);
    expect(geometry.labelRight).toBeLessThan(geometry.plotLeft);
    expect(geometry.plotLeft).toBeLessThan(geometry.plotRight);
    expect(geometry.plotRight).toBeLessThanOrEqual(1200);
  });

  it('puts the tray at the bottom of the lanes', () => {
    const geometry = computeStageGeometry(1200, 600);
    expect(geometry.axisY).toBeLessThan(geometry.lanesTop);
    expect(geometry.trayBottom).toBe(geometry.lanesBottom);
    expect(geometry.trayTop).toBeGreaterThan(geometry.lanesTop);
  });

  it('keeps a positive plot on a tiny stage', () => {
    const geometry = computeStageGeometry(50, 20);
    expect(geometry.plotRight).toBeGreaterThan(geometry.plotLeft);
    expect(geometry.lanesBottom).toBeGreaterThanOrEqual(geometry.lanesTop);
    expect(geometry.trayTop).toBeGreaterThanOrEqual(geometry.lanesTop);
  });
});
