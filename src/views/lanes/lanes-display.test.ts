import { describe, expect, it } from 'vitest';
import { MAX_LANE_PITCH } from './lane-layout';
import { DEFAULT_DISPLAY, lanesDisplay, sameDisplay } from './lanes-display';

describe('lanesDisplay', () => {
  it('keeps the defaults without options', () => {
    expect(lanesDisplay(false, false)).toBe(DEFAULT_DISPLAY);
  });

  it('scales text for large text', () => {
    const display = lanesDisplay(false, true);
    expect(display.textScale).toBeGreaterThan(1);
    expect(display.maxLanePitch).toBe(MAX_LANE_PITCH);
  });

  it('thickens lanes in workshop mode', () => {
    const display = lanesDisplay(true, false);
    expect(display.textScale).toBe(1.5);
    expect(display.maxLanePitch).toBeGreaterThan(MAX_LANE_PITCH);
    expect(sameDisplay(display, lanesDisplay(true, true))).toBe(true);
  });
});
