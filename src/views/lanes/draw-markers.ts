import type { EnvironmentView, InvocationView, SimulationSnapshot } from '../../sim/types';
import { FlyingMarkers, paintBadges, paintFlyingMarkers } from './flying-markers';
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
  type Point,
} from './marker-motion';
import { LANES_STRINGS } from './lanes-strings';
import { MARKER_COLOURS } from './phase-style';
import { trayBand } from './stage-geometry';
import { timeToX } from './time-window';

/** The status API Gateway returns when its integration timeout passes before the function returns. */
const GATEWAY_TIMEOUT_STATUS = 504;

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
  /** Markers on their way to a lane, drawn in their source's colour and icon. */
  flying: FlyingMarkers;
  coldSettled: PointBatch;
  warmSettled: PointBatch;
  /** Settled markers of retries, which keep their attempt badge on the lane. */
  settledRetries: FlyingMarkers;
  throttled: PointBatch;
  /** Moments on a lane when API Gateway gave up on the invocation and returned 504, while it ran on. */
  gatewayTimeouts: PointBatch;
  /** The point batches above, listed once so clearing them allocates nothing. */
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
  const batches = [new PointBatch(), new PointBatch(), new PointBatch(), new PointBatch()];
  return {
    point: { x: 0, y: 0 },
    flying: new FlyingMarkers(),
    coldSettled: batches[0],
    warmSettled: batches[1],
    settledRetries: new FlyingMarkers(),
    throttled: batches[2],
    gatewayTimeouts: batches[3],
    batches,
    hits: new MarkerHits(),
    throttledInFlight: 0,
    wallHit: false,
    moving: false,
    inFlight: 0,
  };
}

/** Returns the y where the markers of an invocation's source start: the middle of its source box's title. */
export type SourceAnchor = (invocation: InvocationView) => number;

/** How far left of the source column's right edge markers start, so they come out from behind the box. */
const START_INSET_PX = 24;

/**
 * Places the markers of recent arrivals for this frame: flying from their source to the lane that
 * serves them, settled at their arrival time on that lane, or bouncing off the limit into the throttled
 * tray. Fills `scratch` with their positions and with what the rest of the frame needs to know.
 */
export function placeMarkers(
  frame: FrameContext,
  snapshot: SimulationSnapshot,
  tracker: InvocationTracker,
  anchorOf: SourceAnchor,
  scratch: MarkerScratch,
): void {
  collectMarkers(frame, snapshot.recentInvocations, snapshot.environments, tracker, anchorOf, scratch);
}

/**
 * Draws the placed markers. In flight a marker shows its source's colour and icon, with its try
 * number and batch size. On its lane it becomes a blue diamond (cold start) or an orange circle
 * (warm start), like the segment it starts. Throttles are vermillion squares, and a 504 response is a
 * vermillion cut across the lane, labelled, at the moment the gateway gave up.
 */
export function paintMarkers(ctx: CanvasRenderingContext2D, scratch: MarkerScratch, textScale: number): void {
  paintGatewayTimeouts(ctx, scratch.gatewayTimeouts, textScale);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  traceDiamonds(ctx, scratch.coldSettled, SETTLED_RADIUS + 1, MARKER_COLOURS.cold);
  traceCircles(ctx, scratch.warmSettled, SETTLED_RADIUS, MARKER_COLOURS.warm);
  paintBadges(ctx, scratch.settledRetries, SETTLED_RADIUS);
  paintFlyingMarkers(ctx, scratch.flying);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  traceSquares(ctx, scratch.throttled, MARKER_RADIUS - 1, MARKER_COLOURS.throttled);
}

function collectMarkers(
  frame: FrameContext,
  recent: SimulationSnapshot['recentInvocations'],
  environments: readonly EnvironmentView[],
  tracker: InvocationTracker,
  anchorOf: SourceAnchor,
  scratch: MarkerScratch,
): void {
  const { geometry, layout, mapping, wallMs } = frame;
  const { point, hits } = scratch;
  for (const batch of scratch.batches) batch.clear();
  scratch.flying.clear();
  scratch.settledRetries.clear();
  hits.clear();
  scratch.throttledInFlight = 0;
  scratch.wallHit = false;
  scratch.moving = false;

  // The count of the previous frame sets the sampling step, so one pass suffices and the choice of
  // markers stays stable from frame to frame.
  const step = Math.max(1, Math.ceil(scratch.inFlight / MAX_FLYING));
  scratch.inFlight = 0;
  const fromX = geometry.sourceRight - START_INSET_PX;
  const settle = layout.mode === 'lanes' && layout.pitch >= MIN_PITCH_FOR_SETTLED;

  for (let i = 0; i < recent.length; i++) {
    const invocation = recent[i];
    // With reduced motion every marker is past its flight, so it shows where it lands, step by step.
    const elapsed = frame.reducedMotion ? Number.POSITIVE_INFINITY : wallMs - tracker.startedAt(invocation.id);
    const fromY = anchorOf(invocation);

    if (invocation.start === 'throttled') {
      const p = motionProgress(elapsed, BOUNCE_MS);
      if (p >= 1) continue;
      scratch.inFlight++;
      scratch.throttledInFlight++;
      scratch.moving = true;
      if (hasHitWall(p) && p < 0.7) scratch.wallHit = true;
      if (invocation.id % step !== 0) continue;
      const trayY = trayBand(geometry, 0).bottom - 12;
      bouncePosition(point, p, fromX, fromY, geometry.wallX - MARKER_RADIUS, geometry.sourceX, trayY);
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
      flightPosition(point, p, fromX, fromY, toX, toY);
      scratch.flying.add(point.x, point.y, invocation.source, invocation.attempt, invocation.events.length);
      hits.add(point.x, point.y, invocation.id);
    } else if (settle) {
      // The 504 comes long after the arrival, so it shows even when the arrival has left the window.
      const answeredMs = gatewayTimeoutMs(invocation);
      if (answeredMs !== null) {
        const answeredX = timeToX(mapping, answeredMs);
        if (answeredX >= geometry.plotLeft && answeredX <= geometry.plotRight) scratch.gatewayTimeouts.add(answeredX, toY);
      }
      if (arrivalX < geometry.plotLeft || arrivalX > geometry.plotRight) continue;
      (cold ? scratch.coldSettled : scratch.warmSettled).add(toX, toY);
      if (invocation.attempt > 1) scratch.settledRetries.add(toX, toY, invocation.source, invocation.attempt, 1);
      hits.add(toX, toY, invocation.id);
    }
  }
}

/** Returns when API Gateway sent this invocation's caller a 504 response, or null if it did not. */
function gatewayTimeoutMs(invocation: InvocationView): number | null {
  if (invocation.mode !== 'sync' || invocation.events.length !== 1) return null;
  const response = invocation.events[0].response;
  return response !== null && response.statusCode === GATEWAY_TIMEOUT_STATUS ? response.atMs : null;
}

/** Half the height of the cut that marks a 504 on a lane. */
const CUT_HALF_HEIGHT = 8;

/** Size of the 504 label at normal text size; larger text settings scale it up. */
const MARK_LABEL_PX = 12;

/** Draws each 504 as a short vertical cut with its status code beside it, outlined so it reads on any phase. */
function paintGatewayTimeouts(ctx: CanvasRenderingContext2D, points: PointBatch, textScale: number): void {
  if (points.count === 0) return;
  ctx.beginPath();
  for (let i = 0; i < points.count; i++) {
    ctx.moveTo(points.x(i), points.y(i) - CUT_HALF_HEIGHT);
    ctx.lineTo(points.x(i), points.y(i) + CUT_HALF_HEIGHT);
  }
  ctx.lineWidth = 5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = MARKER_COLOURS.throttled;
  ctx.stroke();

  ctx.font = `700 ${Math.round(MARK_LABEL_PX * textScale)}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = MARKER_COLOURS.throttled;
  for (let i = 0; i < points.count; i++) {
    const x = points.x(i) + 3;
    const y = points.y(i) - CUT_HALF_HEIGHT + 1;
    ctx.strokeText(LANES_STRINGS.gatewayTimeoutMark, x, y);
    ctx.fillText(LANES_STRINGS.gatewayTimeoutMark, x, y);
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
