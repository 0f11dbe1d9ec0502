import { DRAWN_PHASES, phaseStyle, type PhaseStyle } from './phase-style';

/** Side of one texture tile in CSS pixels; small enough that a 10 px lane still shows the texture. */
export const TILE_PX = 8;

/**
 * Paints one tile of a phase's fill and texture into a `size` x `size` area of `ctx`. The same
 * painter fills the lanes (as a repeating pattern) and the legend swatches, so they always match.
 */
export function paintTile(ctx: CanvasRenderingContext2D, style: PhaseStyle, size: number): void {
  const unit = size / TILE_PX;
  ctx.save();
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = style.fill;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = style.ink;
  ctx.fillStyle = style.ink;
  ctx.lineWidth = 1.5 * unit;
  ctx.lineCap = 'square';

  switch (style.texture) {
    case 'dots':
      ctx.beginPath();
      ctx.arc(2 * unit, 2 * unit, 1.2 * unit, 0, Math.PI * 2);
      ctx.arc(6 * unit, 6 * unit, 1.2 * unit, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'hatch':
      strokeDiagonals(ctx, size, 1);
      break;
    case 'back-hatch':
      strokeDiagonals(ctx, size, -1);
      break;
    case 'cross-hatch':
      ctx.lineWidth = unit;
      strokeDiagonals(ctx, size, 1);
      strokeDiagonals(ctx, size, -1);
      break;
    case 'pinstripe':
      ctx.lineWidth = unit;
      ctx.beginPath();
      ctx.moveTo(0, 2 * unit);
      ctx.lineTo(size, 2 * unit);
      ctx.moveTo(0, 6 * unit);
      ctx.lineTo(size, 6 * unit);
      ctx.stroke();
      break;
    case 'vertical':
      ctx.beginPath();
      ctx.moveTo(2 * unit, 0);
      ctx.lineTo(2 * unit, size);
      ctx.moveTo(6 * unit, 0);
      ctx.lineTo(6 * unit, size);
      ctx.stroke();
      break;
    case 'solid':
    case 'thin':
      break;
  }
  ctx.restore();
}

/** Strokes lines at 45 degrees (`direction` 1 rising, -1 falling) that join up across tiles. */
function strokeDiagonals(ctx: CanvasRenderingContext2D, size: number, direction: 1 | -1): void {
  ctx.beginPath();
  for (let offset = -size; offset <= size; offset += size / 2) {
    if (direction === 1) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
    } else {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + size, size);
    }
  }
  ctx.stroke();
}

/** A fill per drawn phase, indexed like {@link DRAWN_PHASES}: a repeating pattern, or a colour without texture. */
export type PhaseFills = (CanvasPattern | string)[];

/**
 * Creates the lane fills for a canvas with `dpr` device pixels per CSS pixel. The tiles are painted at
 * device resolution and scaled back, so the textures stay sharp on high-density screens.
 */
export function createPhaseFills(ctx: CanvasRenderingContext2D, dpr: number): PhaseFills {
  const size = Math.max(1, Math.round(TILE_PX * dpr));
  return DRAWN_PHASES.map((phase) => {
    const style = phaseStyle(phase);
    if (!style || style.texture === 'solid' || style.texture === 'thin') return style?.fill ?? '#000';
    const tile = document.createElement('canvas');
    tile.width = size;
    tile.height = size;
    const tileCtx = tile.getContext('2d');
    if (!tileCtx) return style.fill;
    paintTile(tileCtx, style, size);
    const pattern = ctx.createPattern(tile, 'repeat');
    if (!pattern) return style.fill;
    return pattern;
  });
}

/**
 * Moves the patterns so their texture scrolls with the time axis instead of standing still while the
 * segments slide under it. `offsetX` is the x of a fixed moment, in CSS pixels.
 */
export function alignPhaseFills(fills: PhaseFills, offsetX: number, dpr: number): void {
  // The tile is a whole number of device pixels, so its period in CSS pixels is not always TILE_PX.
  const period = Math.max(1, Math.round(TILE_PX * dpr)) / dpr;
  const shift = ((offsetX % period) + period) % period;
  const matrix = new DOMMatrix([1 / dpr, 0, 0, 1 / dpr, shift, 0]);
  for (const fill of fills) {
    if (typeof fill !== 'string') fill.setTransform(matrix);
  }
}
