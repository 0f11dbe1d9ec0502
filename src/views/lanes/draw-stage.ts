import { GRID_COLOUR, INK_COLOUR, snap, type FrameContext } from './frame-context';
import type { MarkerScratch } from './draw-markers';
import { sourceY } from './draw-markers';
import { OKABE_ITO } from './phase-style';
import { slotCount } from './source-slots';
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

/**
 * Draws an emitter per source kind present. It is drawn over the markers, so a new marker seems to
 * come out from behind its source instead of covering the source's name.
 */
export function drawSources(frame: FrameContext, mask: number): void {
  const { ctx, geometry } = frame;
  const slots = slotCount(mask);
  ctx.fillStyle = '#f4f6f9';
  ctx.strokeStyle = '#c9ced8';
  ctx.lineWidth = 1;
  for (let slot = 0; slot < slots; slot++) {
    const y = sourceY(frame, slot, slots);
    ctx.beginPath();
    ctx.roundRect(6, y - 13, geometry.sourceRight - 12, 26, 6);
    ctx.fill();
    ctx.stroke();
  }
}

/**
 * Draws the limit that throttled events bounce off, which flashes while one hits it, and the tray
 * they drop into, with a small pile that grows with the count.
 */
export function drawLimitAndTray(frame: FrameContext, markers: MarkerScratch, throttles: number): void {
  const { ctx, geometry } = frame;
  ctx.strokeStyle = markers.wallHit ? OKABE_ITO.vermillion : WALL_COLOUR;
  ctx.lineWidth = markers.wallHit ? 4 : 2;
  ctx.setLineDash(markers.wallHit ? [] : [6, 4]);
  ctx.beginPath();
  ctx.moveTo(geometry.wallX, geometry.lanesTop);
  ctx.lineTo(geometry.wallX, geometry.lanesBottom);
  ctx.stroke();
  ctx.setLineDash([]);

  const trayWidth = geometry.sourceRight - 12;
  ctx.fillStyle = TRAY_FILL;
  ctx.strokeStyle = OKABE_ITO.vermillion;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(6, geometry.trayTop, trayWidth, geometry.trayBottom - geometry.trayTop, 6);
  ctx.fill();
  ctx.stroke();
  drawPile(frame, Math.max(0, throttles - markers.throttledInFlight), trayWidth);
}

/** Draws up to three rows of small squares at the bottom of the tray, one per throttled event. */
function drawPile(frame: FrameContext, count: number, trayWidth: number): void {
  const { ctx, geometry } = frame;
  const size = 6;
  const perRow = Math.floor((trayWidth - 12) / (size + 2));
  const pileSize = Math.min(count, perRow * 3);
  ctx.fillStyle = OKABE_ITO.vermillion;
  ctx.beginPath();
  for (let i = 0; i < pileSize; i++) {
    const column = i % perRow;
    const row = Math.floor(i / perRow);
    ctx.rect(12 + column * (size + 2), geometry.trayBottom - 10 - row * (size + 2), size, size);
  }
  ctx.fill();
}
