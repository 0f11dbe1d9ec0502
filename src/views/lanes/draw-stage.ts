import { GRID_COLOUR, INK_COLOUR, snap, type FrameContext } from './frame-context';
import type { MarkerScratch } from './draw-markers';
import { OKABE_ITO } from './phase-style';
import { trayBand } from './stage-geometry';
import { timeToX } from './time-window';

const TRAY_FILL = '#fdebe0';
const WALL_COLOUR = '#8a93a3';

/** Draws light vertical grid lines at the axis ticks, behind the lanes. */
export function drawGrid(frame: FrameContext, tickMs: readonly number[]): void {
  const { ctx, geometry, mapping, dpr } = frame;
  ctx.strokeStyle = GRID_COLOUR;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const ms of tickMs) {
    const x = snap(timeToX(mapping, ms), dpr) + 0.5 / dpr;
    if (x < geometry.plotLeft || x > geometry.plotRight) continue;
    ctx.moveTo(x, geometry.axisY);
    ctx.lineTo(x, geometry.lanesBottom);
  }
  ctx.stroke();
}

/** Draws the "now" line across the lanes at the simulation's current time. */
export function drawNowLine(frame: FrameContext): void {
  const { ctx, geometry, mapping, dpr, nowMs } = frame;
  const x = snap(timeToX(mapping, nowMs), dpr);
  if (x < geometry.plotLeft || x > geometry.plotRight) return;
  ctx.strokeStyle = INK_COLOUR;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x, geometry.axisY - 6);
  ctx.lineTo(x, geometry.lanesBottom);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** How full each tray is: throttled events, then, when the sources can discard events, the others. */
export interface TrayCounts {
  throttled: number;
  /** Dead-lettered plus sent to an on-failure destination; -1 hides the tray. */
  deadLettered: number;
  /** Lost events; -1 hides the tray. */
  lost: number;
}

const DEAD_LETTER_FILL = '#ece6f5';
const DEAD_LETTER_INK = '#5b3a8c';
const LOST_FILL = '#eceef2';
const LOST_INK = '#4a5263';

/**
 * Draws the limit that throttled events bounce off, which flashes while one hits it, and the trays
 * below the sources, each with a small pile that grows with its count.
 */
export function drawLimitAndTrays(frame: FrameContext, markers: MarkerScratch, counts: TrayCounts): void {
  const { ctx, geometry } = frame;
  ctx.strokeStyle = markers.wallHit ? OKABE_ITO.vermillion : WALL_COLOUR;
  ctx.lineWidth = markers.wallHit ? 4 : 2;
  ctx.setLineDash(markers.wallHit ? [] : [6, 4]);
  ctx.beginPath();
  ctx.moveTo(geometry.wallX, geometry.lanesTop);
  ctx.lineTo(geometry.wallX, geometry.lanesBottom);
  ctx.stroke();
  ctx.setLineDash([]);

  drawTray(frame, 0, TRAY_FILL, OKABE_ITO.vermillion, Math.max(0, counts.throttled - markers.throttledInFlight));
  if (counts.deadLettered >= 0) drawTray(frame, 1, DEAD_LETTER_FILL, DEAD_LETTER_INK, counts.deadLettered);
  if (counts.lost >= 0) drawTray(frame, 2, LOST_FILL, LOST_INK, counts.lost);
}

function drawTray(frame: FrameContext, index: number, fill: string, ink: string, count: number): void {
  const { ctx, geometry } = frame;
  const band = trayBand(geometry, index);
  const trayWidth = geometry.sourceRight - 12;
  ctx.fillStyle = fill;
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(6, band.top, trayWidth, band.bottom - band.top, 6);
  ctx.fill();
  ctx.stroke();
  drawPile(ctx, band.bottom, Math.max(0, count), trayWidth, ink);
}

/** Draws up to two rows of small squares at the bottom of a tray, one per event in it. */
function drawPile(ctx: CanvasRenderingContext2D, bottom: number, count: number, trayWidth: number, colour: string): void {
  const size = 6;
  const perRow = Math.floor((trayWidth - 12) / (size + 2));
  const pileSize = Math.min(count, perRow * 2);
  ctx.fillStyle = colour;
  ctx.beginPath();
  for (let i = 0; i < pileSize; i++) {
    const column = i % perRow;
    const row = Math.floor(i / perRow);
    ctx.rect(12 + column * (size + 2), bottom - 10 - row * (size + 2), size, size);
  }
  ctx.fill();
}
