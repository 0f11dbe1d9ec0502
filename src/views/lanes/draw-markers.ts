import type { EnvironmentView, SimulationSnapshot } from '../../sim/types';
import type { FrameContext } from './frame-context';
import type { InvocationTracker } from './invocation-tracker';
import { rowOfEnvironment } from './lane-rows';
import { MarkerHits, PointBatch } from './marker-buffers';
import {
  bouncePosition,
  BOUNCE_MS,
  flightPosition,
  FLIGHT_MS,
  hasHitWall,
  motionProgress,
  sourceSlotY,
  type Point,
} from './marker-motion';
import { MARKER_COLOURS } from './phase-style';
import { slotCount, slotOf } from './source-slots';
import { timeToX } from './time-window';

/** Radius of a flying marker; settled markers on their lane are smaller. */
export const MARKER_RADIUS = 6;
const SETTLED_RADIUS = 4;

/**
 * Most markers drawn in flight at once. Past this, only every n-th arrival (by id) flies, so heavy
 * traffic reads as a steady stream instead of a solid smear.
 */
export const MAX_FLYING = 80;

/** Lanes thinner than this keep no settled markers: they would hide the segments. */
const MIN_PITCH_FOR_SETTLED = 12;

/** Buffers the marker drawing reuses every frame, and what the frame found. */
export interface MarkerScratch {
  point: Point;
  coldFlying: PointBatch;
  warmFlying: PointBatch;
  coldSettled: PointBatch;
  warmSettled: PointBatch;
  throttled: PointBatch;
  /** The five batches above, listed once so clearing them allocates nothing. */
  batches: PointBatch[];
  hits: MarkerHits;
  /** Throttled markers still on their way to the tray this frame. */
  throttledInFlight: number;
  /** Whether a throttled marker is hitting the limit this frame, which makes the limit flash. */
  wallHit: boolean;
  /** Whether anything moved this frame, so the view keeps animating while the simulation is paused. */
  moving: boolean;
  /** Arrivals in flight this frame, drawn or not; the next frame samples by it. */
  inFlight: number;
}

/** Creates the buffers one view reuses for its markers. */
export function createMarkerScratch(): MarkerScratch {
  const batches = [new PointBatch(), new PointBatch(), new PointBatch(), new PointBatch(), new PointBatch()];
  return {
    point: { x: 0, y: 0 },
    coldFlying: batches[0],
    warmFlying: batches[1],
    coldSettled: batches[2],
    warmSettled: batches[3],
    throttled: batches[4],
    batches,
    hits: new MarkerHits(),
    throttledInFlight: 0,
    wallHit: false,
    moving: false,
    inFlight: 0,
  };
}

/** Returns the y where markers of the source in `slot` start, with `slots` sources shown. */
export function sourceY(frame: FrameContext, slot: number, slots: number): number {
  const { lanesTop, trayTop } = frame.geometry;
  return sourceSlotY(slot, slots, lanesTop, Math.max(0, trayTop - lanesTop - 12));
}

/**
 * Places the markers of recent arrivals for this frame: flying from their source to the lane that
 * serves them, settled at their arrival time on that lane, or bouncing off the limit into the throttled
 * tray. Fills `scratch` with their positions and with what the rest of the frame needs to know.
 */
export function placeMarkers(
  frame: FrameContext,
  snapshot: SimulationSnapshot,
  tracker: InvocationTracker,
  mask: number,
  scratch: MarkerScratch,
): void {
  collectMarkers(frame, snapshot.recentInvocations, snapshot.environments, tracker, mask, scratch);
}

/** Draws the placed markers: cold starts as blue diamonds, warm starts as orange circles, throttles as vermillion squares. */
export function paintMarkers(ctx: CanvasRenderingContext2D, scratch: MarkerScratch): void {
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  traceDiamonds(ctx, scratch.coldSettled, SETTLED_RADIUS + 1, MARKER_COLOURS.cold);
  traceCircles(ctx, scratch.warmSettled, SETTLED_RADIUS, MARKER_COLOURS.warm);
  traceDiamonds(ctx, scratch.coldFlying, MARKER_RADIUS + 1, MARKER_COLOURS.cold);
  traceCircles(ctx, scratch.warmFlying, MARKER_RADIUS, MARKER_COLOURS.warm);
  traceSquares(ctx, scratch.throttled, MARKER_RADIUS - 1, MARKER_COLOURS.throttled);
}

function collectMarkers(
  frame: FrameContext,
  recent: SimulationSnapshot['recentInvocations'],
  environments: readonly EnvironmentView[],
  tracker: InvocationTracker,
  mask: number,
  scratch: MarkerScratch,
): void {
  const { geometry, layout, mapping, wallMs } = frame;
  const { point, hits } = scratch;
  for (const batch of scratch.batches) batch.clear();
  hits.clear();
  scratch.throttledInFlight = 0;
  scratch.wallHit = false;
  scratch.moving = false;

  // The count of the previous frame sets the sampling step, so one pass suffices and the choice of
  // markers stays stable from frame to frame.
  const step = Math.max(1, Math.ceil(scratch.inFlight / MAX_FLYING));
  scratch.inFlight = 0;
  const slots = slotCount(mask);
  const settle = layout.mode === 'lanes' && layout.pitch >= MIN_PITCH_FOR_SETTLED;

  for (let i = 0; i < recent.length; i++) {
    const invocation = recent[i];
    const elapsed = wallMs - tracker.startedAt(invocation.id);
    const fromY = sourceY(frame, Math.max(0, slotOf(mask, invocation.source)), slots);

    if (invocation.start === 'throttled') {
      const p = motionProgress(elapsed, BOUNCE_MS);
      if (p >= 1) continue;
      scratch.inFlight++;
      scratch.throttledInFlight++;
      scratch.moving = true;
      if (hasHitWall(p) && p < 0.7) scratch.wallHit = true;
      if (invocation.id % step !== 0) continue;
      const trayY = geometry.trayBottom - 14;
      bouncePosition(point, p, geometry.sourceX, fromY, geometry.wallX - MARKER_RADIUS, geometry.sourceX, trayY);
      scratch.throttled.add(point.x, point.y);
      hits.add(point.x, point.y, invocation.id);
      continue;
    }

    const row = invocation.environmentId === null ? -1 : rowOfEnvironment(environments, invocation.environmentId);
    if (row < 0) continue;
    const arrivalX = timeToX(mapping, invocation.arrivalMs);
    const toX = Math.min(geometry.plotRight, Math.max(geometry.plotLeft, arrivalX));
    const toY = geometry.lanesTop + (row + 0.5) * layout.pitch;
    const cold = invocation.start === 'cold';
    const p = motionProgress(elapsed, FLIGHT_MS);

    if (p < 1) {
      scratch.inFlight++;
      scratch.moving = true;
      if (invocation.id % step !== 0) continue;
      flightPosition(point, p, geometry.sourceX, fromY, toX, toY);
      (cold ? scratch.coldFlying : scratch.warmFlying).add(point.x, point.y);
      hits.add(point.x, point.y, invocation.id);
    } else if (settle && arrivalX >= geometry.plotLeft && arrivalX <= geometry.plotRight) {
      (cold ? scratch.coldSettled : scratch.warmSettled).add(toX, toY);
      hits.add(toX, toY, invocation.id);
    }
  }
}

function traceDiamonds(ctx: CanvasRenderingContext2D, points: PointBatch, r: number, fill: string): void {
  if (points.count === 0) return;
  ctx.beginPath();
  for (let i = 0; i < points.count; i++) {
    const x = points.x(i);
    const y = points.y(i);
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  }
  fillAndOutline(ctx, fill);
}

function traceCircles(ctx: CanvasRenderingContext2D, points: PointBatch, r: number, fill: string): void {
  if (points.count === 0) return;
  ctx.beginPath();
  for (let i = 0; i < points.count; i++) {
    const x = points.x(i);
    const y = points.y(i);
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  fillAndOutline(ctx, fill);
}

function traceSquares(ctx: CanvasRenderingContext2D, points: PointBatch, r: number, fill: string): void {
  if (points.count === 0) return;
  ctx.beginPath();
  for (let i = 0; i < points.count; i++) ctx.rect(points.x(i) - r, points.y(i) - r, r * 2, r * 2);
  fillAndOutline(ctx, fill);
}

/** Fills the traced markers and outlines them in white, which separates markers that overlap. */
function fillAndOutline(ctx: CanvasRenderingContext2D, fill: string): void {
  ctx.stroke();
  ctx.fillStyle = fill;
  ctx.fill();
}
