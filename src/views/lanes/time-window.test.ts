import { describe, expect, it } from 'vitest';
import {
  applyGesture,
  AUTO_MAX_SPAN_MS,
  AUTO_MIN_SPAN_MS,
  followNow,
  initialWindow,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  NOW_FRACTION,
  setTimeMapping,
  timeToX,
  windowSpan,
  windowStart,
  xToTime,
  zoomWindow,
  type TimeMapping,
  type TimeWindow,
} from './time-window';

/** Creates a window that follows now with a fixed width. */
function following(spanMs: number): TimeWindow {
  return { startMs: 0, spanMs, follow: true, autoSpan: false };
}

/** Creates a window pinned by a pan. */
function pinned(startMs: number, spanMs: number): TimeWindow {
  return { startMs, spanMs, follow: false, autoSpan: false };
}

function mapping(): TimeMapping {
  return { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 };
}

describe('initialWindow', () => {
  it('starts with an automatic width', () => {
    expect(initialWindow().autoSpan).toBe(true);
    expect(windowSpan(initialWindow(), 0)).toBe(AUTO_MIN_SPAN_MS);
  });

  it('starts with a given width', () => {
    const window = initialWindow(220_000);
    expect(window.autoSpan).toBe(false);
    expect(window.follow).toBe(true);
    expect(windowSpan(window, 1_000)).toBe(220_000);
    expect(windowStart(window, 1_000)).toBe(0);
    expect(windowStart(window, 200_000)).toBe(2_000);
  });
});

describe('windowSpan', () => {
  it('starts at the automatic minimum', () => {
    expect(windowSpan(initialWindow(), 0)).toBe(AUTO_MIN_SPAN_MS);
  });

  it('grows with the run', () => {
    expect(windowSpan(initialWindow(), 18_000)).toBeCloseTo(18_000 / NOW_FRACTION);
  });

  it('stops growing at the automatic maximum', () => {
    expect(windowSpan(initialWindow(), 600_000)).toBe(AUTO_MAX_SPAN_MS);
  });

  it('uses the fixed width after a zoom', () => {
    expect(windowSpan(following(1_234), 600_000)).toBe(1_234);
  });
});

describe('windowStart', () => {
  it('puts now near the right edge while following', () => {
    expect(windowStart(following(20_000), 100_000)).toBe(100_000 - 20_000 * NOW_FRACTION);
  });

  it('shows the run from its start while the width is automatic', () => {
    expect(windowStart(initialWindow(), 1_000)).toBe(0);
    expect(windowStart(initialWindow(), 50_000)).toBe(0);
  });

  it('slides once the automatic width is at its maximum', () => {
    expect(windowStart(initialWindow(), 600_000)).toBe(600_000 - AUTO_MAX_SPAN_MS * NOW_FRACTION);
  });

  it('uses the pinned start when not following', () => {
    expect(windowStart(pinned(5_000, 1_000), 100_000)).toBe(5_000);
  });
});

describe('applyGesture', () => {
  const now = 600_000;

  it('zooms around now while following', () => {
    const next = applyGesture(following(20_000), now, 2, -300, 1000);
    expect(next.follow).toBe(true);
    expect(next.spanMs).toBe(10_000);
  });

  it('fixes the automatic width on zoom', () => {
    const next = applyGesture(initialWindow(), 10_000, 2, -300, 1000);
    expect(next.autoSpan).toBe(false);
    expect(next.spanMs).toBeCloseTo(10_000 / NOW_FRACTION / 2);
    expect(next.follow).toBe(true);
  });

  it('pans and stops following', () => {
    const before = following(20_000);
    const start = windowStart(before, now);
    // Dragging right by 100 px over a 1,000 px plot moves the window back by a tenth of its span.
    const next = applyGesture(before, now, 1, 100, 1000);
    expect(next.follow).toBe(false);
    expect(next.autoSpan).toBe(false);
    expect(next.spanMs).toBe(20_000);
    expect(next.startMs).toBeCloseTo(start - 2_000);
  });

  it('keeps the time under the pointer when zooming a pinned window', () => {
    const window = pinned(100_000, 10_000);
    // Zoom in two-fold around x = 500: d3-zoom keeps that point fixed, so shift = 500 - 2 * 500.
    const next = applyGesture(window, now, 2, -500, 1000);
    expect(next.spanMs).toBe(5_000);
    const before = mapping();
    const after = mapping();
    setTimeMapping(before, window.startMs, window.spanMs, 0, 1000);
    setTimeMapping(after, next.startMs, next.spanMs, 0, 1000);
    expect(xToTime(after, 500)).toBeCloseTo(xToTime(before, 500));
  });

  it('clamps the span to its bounds', () => {
    const tight = applyGesture(following(20_000), now, 1e9, 0, 1000);
    expect(tight.spanMs).toBe(MIN_SPAN_MS);
    const wide = applyGesture(following(20_000), now, 1e-9, 0, 1000);
    expect(wide.spanMs).toBe(MAX_SPAN_MS);
  });

  it('keeps a pinned window from leaving the run', () => {
    const window = pinned(100_000, 10_000);
    const future = applyGesture(window, now, 1, -1e9, 1000);
    expect(future.startMs + future.spanMs).toBeGreaterThan(now);
    expect(future.startMs).toBeLessThan(now);
    const past = applyGesture(window, now, 1, 1e9, 1000);
    expect(past.startMs).toBe(-5_000);
  });

  it('ignores a plot without width', () => {
    const window = initialWindow();
    expect(applyGesture(window, now, 2, 0, 0)).toBe(window);
  });
});

describe('zoomWindow', () => {
  it('zooms a pinned window around its centre', () => {
    const next = zoomWindow(pinned(10_000, 10_000), 600_000, 2);
    expect(next.startMs).toBe(12_500);
    expect(next.spanMs).toBe(5_000);
  });

  it('keeps following and fixes the width', () => {
    const next = zoomWindow(initialWindow(), 0, 0.5);
    expect(next.follow).toBe(true);
    expect(next.autoSpan).toBe(false);
    expect(next.spanMs).toBe(AUTO_MIN_SPAN_MS * 2);
  });
});

describe('followNow', () => {
  it('turns following on and keeps the span', () => {
    const next = followNow(pinned(3, 1234));
    expect(next.follow).toBe(true);
    expect(next.spanMs).toBe(1234);
  });
});

describe('time mapping', () => {
  it('maps time to x and back', () => {
    const map = mapping();
    setTimeMapping(map, 1_000, 2_000, 100, 500);
    expect(map.endMs).toBe(3_000);
    expect(timeToX(map, 1_000)).toBe(100);
    expect(timeToX(map, 3_000)).toBe(500);
    expect(xToTime(map, 300)).toBe(2_000);
  });
});
