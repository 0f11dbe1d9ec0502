/**
 * The stretch of simulated time the lanes show. While `follow` is on, the window slides so that "now"
 * sits at {@link NOW_FRACTION} of the width; panning turns following off and pins `startMs` instead.
 * While `autoSpan` is on, the width grows with the run so that it shows the run from its start. The
 * first zoom or pan fixes the width.
 */
export interface TimeWindow {
  /** Left edge in simulated ms; ignored while following, because "now" places the window then. */
  startMs: number;
  /** Width of the window in simulated ms; ignored while `autoSpan` is on. */
  spanMs: number;
  follow: boolean;
  autoSpan: boolean;
}

/** Position of "now" across the plot while following: near the right edge, leaving room to see it arrive. */
export const NOW_FRACTION = 0.9;

/** Narrowest window: a few milliseconds, enough to see a warm invocation's run time. */
export const MIN_SPAN_MS = 5;

/** Widest window: two hours of simulated time. */
export const MAX_SPAN_MS = 2 * 60 * 60 * 1000;

/**
 * Narrowest automatic width: a cold start of a few hundred milliseconds is then wide enough to carry
 * its label when a run begins.
 */
export const AUTO_MIN_SPAN_MS = 4_000;

/** Widest automatic width; past it the window slides instead of squeezing an ever longer run. */
export const AUTO_MAX_SPAN_MS = 60_000;

/**
 * Creates the window a view starts with: following "now" with an automatic width, or with a fixed
 * width of `spanMs` when given, for a lesson that needs minutes on screen.
 */
export function initialWindow(spanMs?: number): TimeWindow {
  if (spanMs !== undefined && spanMs > 0) return { startMs: 0, spanMs: clampSpan(spanMs), follow: true, autoSpan: false };
  return { startMs: 0, spanMs: AUTO_MIN_SPAN_MS, follow: true, autoSpan: true };
}

/**
 * Returns the width of the window at simulated time `nowMs`. The automatic width fits the run so far,
 * from 0 to "now" at {@link NOW_FRACTION}, between {@link AUTO_MIN_SPAN_MS} and {@link AUTO_MAX_SPAN_MS}.
 */
export function windowSpan(window: TimeWindow, nowMs: number): number {
  if (!window.autoSpan) return window.spanMs;
  return Math.min(AUTO_MAX_SPAN_MS, Math.max(AUTO_MIN_SPAN_MS, nowMs / NOW_FRACTION));
}

/**
 * Returns the left edge of the window at simulated time `nowMs`. While following it never goes below 0,
 * so a fresh run fills the plot from the left until "now" reaches {@link NOW_FRACTION}.
 */
export function windowStart(window: TimeWindow, nowMs: number): number {
  if (!window.follow) return window.startMs;
  return Math.max(0, nowMs - windowSpan(window, nowMs) * NOW_FRACTION);
}

/** Returns the window as it is at `nowMs` with its width fixed, as a gesture leaves it. */
function fixSpan(window: TimeWindow, nowMs: number): TimeWindow {
  if (!window.autoSpan) return window;
  return { ...window, spanMs: windowSpan(window, nowMs), autoSpan: false };
}

function clampSpan(spanMs: number): number {
  return Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, spanMs));
}

/** Keeps a pinned window from drifting entirely past "now" or far before the start of the run. */
function clampStart(startMs: number, spanMs: number, nowMs: number): number {
  const latest = Math.max(0, nowMs - spanMs * 0.1);
  const earliest = -spanMs * 0.5;
  return Math.min(latest, Math.max(earliest, startMs));
}

/**
 * Applies one step of a zoom or pan gesture. The screen mapping changed by `x -> scale * x + shift`
 * (the ratio of d3-zoom's new and previous transforms), over a plot `widthPx` wide. A pure zoom while
 * following keeps "now" in place and keeps following; any pan pins the window. Either fixes the width.
 */
export function applyGesture(
  before: TimeWindow,
  nowMs: number,
  scale: number,
  shift: number,
  widthPx: number,
): TimeWindow {
  if (!(widthPx > 0) || !(scale > 0)) return before;
  const window = fixSpan(before, nowMs);

  const isZoom = Math.abs(scale - 1) > 1e-9;
  if (window.follow && isZoom) {
    return { ...window, spanMs: clampSpan(window.spanMs / scale) };
  }

  const startMs = windowStart(window, nowMs);
  const msPerPx = window.spanMs / widthPx;
  // The content that was at screen x is now at scale * x + shift, so the new left edge (x = 0) shows
  // what was at x = -shift / scale.
  const spanMs = clampSpan(window.spanMs / scale);
  const anchoredStart = startMs - (shift / scale) * msPerPx;
  // When the span hits a bound, keep the centre of the gesture steady instead of jumping.
  const centreMs = anchoredStart + (window.spanMs / scale) / 2;
  const nextStart = spanMs === window.spanMs / scale ? anchoredStart : centreMs - spanMs / 2;
  return { startMs: clampStart(nextStart, spanMs, nowMs), spanMs, follow: false, autoSpan: false };
}

/** Zooms by `factor` (above 1 zooms in) around "now" while following, else around the window's centre. */
export function zoomWindow(before: TimeWindow, nowMs: number, factor: number): TimeWindow {
  const window = fixSpan(before, nowMs);
  const spanMs = clampSpan(window.spanMs / factor);
  if (window.follow) return { ...window, spanMs };
  const centreMs = window.startMs + window.spanMs / 2;
  return { startMs: clampStart(centreMs - spanMs / 2, spanMs, nowMs), spanMs, follow: false, autoSpan: false };
}

/** Turns following back on, keeping the zoom level. */
export function followNow(window: TimeWindow): TimeWindow {
  return { ...window, follow: true };
}

/**
 * Maps simulated time to x in CSS pixels. A plain object with numbers, so the hot draw loop maps
 * thousands of spans without allocating or calling into a d3 scale.
 */
export interface TimeMapping {
  startMs: number;
  endMs: number;
  /** x of `startMs`. */
  left: number;
  pxPerMs: number;
}

/** Fills `out` with the mapping for a window starting at `startMs` over a plot from `left` to `right`. */
export function setTimeMapping(out: TimeMapping, startMs: number, spanMs: number, left: number, right: number): void {
  out.startMs = startMs;
  out.endMs = startMs + spanMs;
  out.left = left;
  out.pxPerMs = spanMs > 0 ? (right - left) / spanMs : 0;
}

/** Returns the x of simulated time `ms`. */
export function timeToX(mapping: TimeMapping, ms: number): number {
  return mapping.left + (ms - mapping.startMs) * mapping.pxPerMs;
}

/** Returns the simulated time at x. */
export function xToTime(mapping: TimeMapping, x: number): number {
  return mapping.pxPerMs > 0 ? mapping.startMs + (x - mapping.left) / mapping.pxPerMs : mapping.startMs;
}
