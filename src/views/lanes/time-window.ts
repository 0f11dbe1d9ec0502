/**
 * The stretch of simulated time the lanes show. While `follow` is on, the window slides so that "now"
 * sits at {@link NOW_FRACTION} of the width; panning turns following off and pins `startMs` instead.
 */
export interface TimeWindow {
  /** Left edge in simulated ms; ignored while following, because "now" places the window then. */
  startMs: number;
  /** Width of the window in simulated ms. */
  spanMs: number;
  follow: boolean;
}

/** Where "now" sits across the plot while following: near the right edge, leaving room to see it arrive. */
export const NOW_FRACTION = 0.9;

/** Narrowest window: a few milliseconds, enough to see a warm invocation's run time. */
export const MIN_SPAN_MS = 5;

/** Widest window: two hours of simulated time. */
export const MAX_SPAN_MS = 2 * 60 * 60 * 1000;

/** Window a new view starts with: wide enough for a cold start and a few warm starts. */
export const DEFAULT_SPAN_MS = 20_000;

/** Creates the window a view starts with: following "now", {@link DEFAULT_SPAN_MS} wide. */
export function initialWindow(): TimeWindow {
  return { startMs: 0, spanMs: DEFAULT_SPAN_MS, follow: true };
}

/**
 * Returns the left edge of the window at simulated time `nowMs`. While following it never goes below 0,
 * so a fresh run fills the plot from the left until "now" reaches {@link NOW_FRACTION}.
 */
export function windowStart(window: TimeWindow, nowMs: number): number {
  if (!window.follow) return window.startMs;
  return Math.max(0, nowMs - window.spanMs * NOW_FRACTION);
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
 * following keeps "now" in place and keeps following; any pan pins the window.
 */
export function applyGesture(
  window: TimeWindow,
  nowMs: number,
  scale: number,
  shift: number,
  widthPx: number,
): TimeWindow {
  if (!(widthPx > 0) || !(scale > 0)) return window;

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
  return { startMs: clampStart(nextStart, spanMs, nowMs), spanMs, follow: false };
}

/** Zooms by `factor` (above 1 zooms in) around "now" while following, else around the window's centre. */
export function zoomWindow(window: TimeWindow, nowMs: number, factor: number): TimeWindow {
  const spanMs = clampSpan(window.spanMs / factor);
  if (window.follow) return { ...window, spanMs };
  const centreMs = window.startMs + window.spanMs / 2;
  return { startMs: clampStart(centreMs - spanMs / 2, spanMs, nowMs), spanMs, follow: false };
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
