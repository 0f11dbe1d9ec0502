/**
 * Paths of the event markers. Markers move on wall-clock time, not simulated time, so an arrival
 * stays readable at any playback speed: it always takes {@link FLIGHT_MS} to reach its lane.
 */

/** Wall-clock time a marker takes from its source to the lane that serves it. */
export const FLIGHT_MS = 700;

/** Wall-clock time a throttled marker takes to hit the limit, bounce back and drop into the tray. */
export const BOUNCE_MS = 1_100;

/** Share of a bounce spent flying to the limit; the rest is the fall into the tray. */
const BOUNCE_HIT = 0.45;

/** A mutable point, reused across frames so the draw loop does not allocate. */
export interface Point {
  x: number;
  y: number;
}

/** Returns how far along its motion a marker is, from 0 to 1, `elapsedMs` after it appeared. */
export function motionProgress(elapsedMs: number, durationMs: number): number {
  if (!(durationMs > 0)) return 1;
  return Math.min(1, Math.max(0, elapsedMs / durationMs));
}

/** Cubic ease-in-out: slow start, fast middle, gentle landing. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Writes into `out` the position of a marker flying from its source to its landing point at progress
 * `p`. The path is a cubic Bezier curve that leaves the source horizontally and enters the lane
 * horizontally, so markers bound for different lanes fan out instead of crossing at sharp angles.
 */
export function flightPosition(out: Point, p: number, fromX: number, fromY: number, toX: number, toY: number): void {
  const t = easeInOut(p);
  const dx = toX - fromX;
  const c1x = fromX + dx * 0.45;
  const c2x = toX - dx * 0.35;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  out.x = a * fromX + b * c1x + c * c2x + d * toX;
  out.y = a * fromY + b * fromY + c * toY + d * toY;
}

/**
 * Writes into `out` the position of a throttled marker at progress `p`: it flies to the limit at
 * `wallX`, then bounces back and drops along a parabola into the tray at (`trayX`, `trayY`).
 */
export function bouncePosition(
  out: Point,
  p: number,
  fromX: number,
  fromY: number,
  wallX: number,
  trayX: number,
  trayY: number,
): void {
  if (p <= BOUNCE_HIT) {
    const t = p / BOUNCE_HIT;
    // Accelerates into the wall, as if it expected to get through.
    out.x = fromX + (wallX - fromX) * t * t;
    out.y = fromY;
    return;
  }
  const s = (p - BOUNCE_HIT) / (1 - BOUNCE_HIT);
  const hop = 18;
  out.x = wallX + (trayX - wallX) * s;
  out.y = fromY + (trayY - fromY) * s * s - hop * 4 * s * (1 - s);
}

/** Returns whether a bounce at progress `p` has hit the limit, when the wall flashes. */
export function hasHitWall(p: number): boolean {
  return p >= BOUNCE_HIT;
}
