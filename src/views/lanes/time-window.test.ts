import { describe, expect, it } from 'vitest';
import {
  applyGesture,
  DEFAULT_SPAN_MS,
  followNow,
  initialWindow,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  NOW_FRACTION,
  setTimeMapping,
  timeToX,
  windowStart,
  xToTime,
  zoomWindow,
  type TimeMapping,
} from './time-window';

describe('windowStart', () => {
  it('puts now near the right edge while following', () => {
    const window = initialWindow();
    expect(windowStart(window, 100_000)).toBe(100_000 - DEFAULT_SPAN_MS * NOW_FRACTION);
  });

  it('starts at zero early in a run', () => {
    expect(windowStart(initialWindow(), 1_000)).toBe(0);
  });

  it('uses the pinned start when not following', () => {
    expect(windowStart({ startMs: 5_000, spanMs: 1_000, follow: false }, 100_000)).toBe(5_000);
  });
});

describe('applyGesture', () => {
  const now = 600_000;

  it('zooms around now while following', () => {
    const next = applyGesture(initialWindow(), now, 2, -300, 1000);
    expect(next.follow).toBe(true);
    expect(next.spanMs).toBe(DEFAULT_SPAN_MS / 2);
  });

  it('pans and stops following', () => {
    const before = initialWindow();
    const start = windowStart(before, now);
    // Dragging right by 100 px over a 1,000 px plot moves the window back by a tenth of its span.
    const next = applyGesture(before, now, 1, 100, 1000);
    expect(next.follow).toBe(false);
    expect(next.spanMs).toBe(DEFAULT_SPAN_MS);
    expect(next.startMs).toBeCloseTo(start - DEFAULT_SPAN_MS / 10);
  });

  it('keeps the time under the pointer when zooming a pinned window', () => {
    const pinned = { startMs: 100_000, spanMs: 10_000, follow: false };
    // Zoom in two-fold around x = 500: d3-zoom keeps that point fixed, so shift = 500 - 2 * 500.
    const next = applyGesture(pinned, now, 2, -500, 1000);
    expect(next.spanMs).toBe(5_000);
    const before: TimeMapping = { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 };
    const after: TimeMapping = { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 };
    setTimeMapping(before, pinned.startMs, pinned.spanMs, 0, 1000);
    setTimeMapping(after, next.startMs, next.spanMs, 0, 1000);
    expect(xToTime(after, 500)).toBeCloseTo(xToTime(before, 500));
  });

  it('clamps the span to its bounds', () => {
    const tight = applyGesture(initialWindow(), now, 1e9, 0, 1000);
    expect(tight.spanMs).toBe(MIN_SPAN_MS);
    const wide = applyGesture(initialWindow(), now, 1e-9, 0, 1000);
    expect(wide.spanMs).toBe(MAX_SPAN_MS);
  });

  it('keeps a pinned window from leaving the run', () => {
    const pinned = { startMs: 100_000, spanMs: 10_000, follow: false };
    const future = applyGesture(pinned, now, 1, -1e9, 1000);
    expect(future.startMs + future.spanMs).toBeGreaterThan(now);
    expect(future.startMs).toBeLessThan(now);
    const past = applyGesture(pinned, now, 1, 1e9, 1000);
    expect(past.startMs).toBe(-5_000);
  });

  it('ignores a plot without width', () => {
    const window = initialWindow();
    expect(applyGesture(window, now, 2, 0, 0)).toBe(window);
  });
});

describe('zoomWindow', () => {
  it('zooms a pinned window around its centre', () => {
    const next = zoomWindow({ startMs: 10_000, spanMs: 10_000, follow: false }, 600_000, 2);
    expect(next.startMs).toBe(12_500);
    expect(next.spanMs).toBe(5_000);
  });

  it('keeps following', () => {
    expect(zoomWindow(initialWindow(), 0, 0.5).follow).toBe(true);
  });
});

describe('followNow', () => {
  it('turns following on and keeps the span', () => {
    const next = followNow({ startMs: 3, spanMs: 1234, follow: false });
    expect(next.follow).toBe(true);
    expect(next.spanMs).toBe(1234);
  });
});

describe('time mapping', () => {
  it('maps time to x and back', () => {
    const mapping: TimeMapping = { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 };
    setTimeMapping(mapping, 1_000, 2_000, 100, 500);
    expect(mapping.endMs).toBe(3_000);
    expect(timeToX(mapping, 1_000)).toBe(100);
    expect(timeToX(mapping, 3_000)).toBe(500);
    expect(xToTime(mapping, 300)).toBe(2_000);
  });
});
