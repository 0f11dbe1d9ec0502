import type { EnvironmentView } from '../../sim/types';
import { rowOfEnvironment } from './lane-rows';
import { INK_COLOUR, snap, TRACK_COLOUR, type FrameContext } from './frame-context';
import { DRAWN_PHASES, phaseIndex, phaseStyle } from './phase-style';
import { RectBatch } from './rect-batch';
import { timeToX } from './time-window';
import { endVisibleSpan, firstVisibleSpan, spanEnd } from './visible-spans';

const SOLID_FILLS: readonly string[] = DRAWN_PHASES.map((phase) => phaseStyle(phase)?.fill ?? INK_COLOUR);

/** Per-phase rectangle batches of the density view, kept by the view and reused every frame. */
export function createDensityBatches(): RectBatch[] {
  return DRAWN_PHASES.map(() => new RectBatch());
}

/**
 * Draws the density view: one thin row per environment, phases as solid colours. Rows are gathered
 * per phase and filled with one path per phase, and identical neighbouring rows merge into one
 * rectangle, so 10,000 environments cost a few hundred rectangles when they behave alike.
 * Textures are left out because they cannot show in a row one pixel tall; the legend and the counts
 * by state carry the names.
 */
export function drawDensity(frame: FrameContext, environments: readonly EnvironmentView[], batches: RectBatch[]): void {
  const { ctx, geometry, layout, mapping, dpr, nowMs } = frame;
  const pitch = layout.pitch;
  // Rows thinner than a device pixel share one: each is drawn a device pixel tall on the pixel row it
  // starts in, so none vanishes and the rectangles of one phase in a pixel row join into one.
  const shared = pitch * dpr < 1;
  const height = shared ? 1 / dpr : pitch;
  for (const batch of batches) batch.clear();

  ctx.fillStyle = TRACK_COLOUR;
  ctx.fillRect(geometry.plotLeft, geometry.lanesTop, geometry.plotRight - geometry.plotLeft, layout.contentHeight);

  for (let row = 0; row < environments.length; row++) {
    const history = environments[row].history;
    const top = geometry.lanesTop + row * pitch;
    const y = shared ? Math.floor(top * dpr) / dpr : top;
    const from = firstVisibleSpan(history, mapping.startMs);
    const to = endVisibleSpan(history, mapping.endMs);
    for (let i = from; i < to; i++) {
      const span = history[i];
      const index = phaseIndex(span.phase);
      const end = spanEnd(span, nowMs);
      if (index < 0 || end < mapping.startMs) continue;
      const x0 = snap(Math.max(geometry.plotLeft, timeToX(mapping, span.startMs)), dpr);
      let x1 = snap(Math.min(geometry.plotRight, timeToX(mapping, end)), dpr);
      if (x1 <= x0) x1 = x0 + 1 / dpr;
      batches[index].add(x0, y, x1 - x0, height);
    }
  }

  for (let index = 0; index < batches.length; index++) {
    const batch = batches[index];
    if (batch.count === 0) continue;
    ctx.fillStyle = SOLID_FILLS[index];
    ctx.beginPath();
    batch.trace(ctx);
    ctx.fill();
  }

  drawSelectedRow(frame, environments);
}

/** Brackets the selected environment's row, at least a few pixels tall so it can be found. */
function drawSelectedRow(frame: FrameContext, environments: readonly EnvironmentView[]): void {
  const { ctx, geometry, layout, selection } = frame;
  if (selection?.kind !== 'environment') return;
  const row = rowOfEnvironment(environments, selection.id);
  if (row < 0) return;
  const centre = geometry.lanesTop + (row + 0.5) * layout.pitch;
  const half = Math.max(2, layout.pitch / 2 + 1);
  ctx.strokeStyle = INK_COLOUR;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(geometry.plotLeft - 2, centre - half, geometry.plotRight - geometry.plotLeft + 4, half * 2);
  ctx.fillStyle = INK_COLOUR;
  ctx.beginPath();
  ctx.moveTo(geometry.plotLeft - 9, centre - 5);
  ctx.lineTo(geometry.plotLeft - 3, centre);
  ctx.lineTo(geometry.plotLeft - 9, centre + 5);
  ctx.fill();
}
