import { describe, expect, it } from 'vitest';
import { fromSliderMove, fromSliderPosition, LOG_SLIDER_STEPS, toSliderPosition } from './slider-scale';

describe('log slider scale', () => {
  it('puts the ends at the ends', () => {
    expect(toSliderPosition(0.1, 0.1, 1000, 'log')).toBe(0);
    expect(toSliderPosition(1000, 0.1, 1000, 'log')).toBe(LOG_SLIDER_STEPS);
    expect(fromSliderPosition(0, 0.1, 1000, 'log', 0.01)).toBe(0.1);
    expect(fromSliderPosition(LOG_SLIDER_STEPS, 0.1, 1000, 'log', 0.01)).toBe(1000);
  });

  it('gives each decade equal length', () => {
    expect(toSliderPosition(1, 0.1, 1000, 'log')).toBe(250);
    expect(toSliderPosition(10, 0.1, 1000, 'log')).toBe(500);
  });

  it('round-trips to two significant digits', () => {
    const position = toSliderPosition(117, 1, 10_000, 'log');
    expect(fromSliderPosition(position, 1, 10_000, 'log', 1)).toBe(120);
  });

  it('handles a range starting at zero', () => {
    expect(toSliderPosition(0, 0, 1000, 'log')).toBe(0);
    expect(fromSliderPosition(0, 0, 1000, 'log', 1)).toBe(0);
    expect(fromSliderPosition(LOG_SLIDER_STEPS, 0, 1000, 'log', 1)).toBe(1000);
  });

  it('clamps values outside the range', () => {
    expect(toSliderPosition(5000, 1, 1000, 'log')).toBe(LOG_SLIDER_STEPS);
    expect(toSliderPosition(-3, 1, 1000, 'log')).toBe(0);
  });
});

describe('linear slider scale', () => {
  it('uses the value as the position', () => {
    expect(toSliderPosition(42, 0, 100, 'linear')).toBe(42);
    expect(fromSliderPosition(42.4, 0, 100, 'linear', 1)).toBe(42);
    expect(fromSliderPosition(0.30000001, 0, 1, 'linear', 0.1)).toBe(0.3);
  });

  it('moves past positions that round to the same value', () => {
    // At 1x the next position up is 1.009x, which rounds back to 1x in steps of 0.1.
    const at = toSliderPosition(1, 0.1, 1000, 'log');
    expect(fromSliderPosition(at + 1, 0.1, 1000, 'log', 0.1)).toBe(1);

    expect(fromSliderMove(at + 1, 1, 0.1, 1000, 'log', 0.1)).toBe(1.1);
    expect(fromSliderMove(at - 1, 1, 0.1, 1000, 'log', 0.1)).toBe(0.9);
  });

  it('stops at the ends of the range', () => {
    expect(fromSliderMove(LOG_SLIDER_STEPS, 1000, 0.1, 1000, 'log', 0.1)).toBe(1000);
    expect(fromSliderMove(0, 0.1, 0.1, 1000, 'log', 0.1)).toBe(0.1);
  });
});
