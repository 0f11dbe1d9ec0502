import type { SourceView } from '../../sim/types';
import { INK_COLOUR, type FrameContext } from './frame-context';
import { OKABE_ITO } from './phase-style';
import { BOX_HEADER_PX, BOX_LINE_PX, type SourceLayout } from './source-layout';
import { boxLines, sourceTitle } from './source-stats';
import { drawIcon, sourceStyle } from './source-style';

const BOX_LEFT = 6;
const BOX_FILL = '#f4f6f9';
const BOX_LINE = '#c9ced8';
const ALERT_FILL = '#fdebe0';
const ALERT_TEXT = '#8a2f00';
/** Font sizes at text scale 1, in CSS pixels. */
const TITLE_PX = 12;
const LINE_PX = 11.5;

/**
 * Draws one box per source: its icon on a badge of its colour, its name, and its live state below.
 * Boxes are drawn over the markers, so a new marker seems to come out from behind its source.
 * A line that needs attention, such as a blocked shard or a 504, gets a warning background.
 */
export function drawSources(frame: FrameContext, sources: readonly SourceView[], layout: SourceLayout): void {
  const { ctx, geometry } = frame;
  const scale = layout.scale;
  const width = geometry.sourceRight - BOX_LEFT * 2;
  const textLeft = BOX_LEFT + 30 * scale;
  const textRight = BOX_LEFT + width - 6;
  const titleFont = `bold ${TITLE_PX * scale}px system-ui, sans-serif`;
  const lineFont = `${LINE_PX * scale}px system-ui, sans-serif`;
  const alertFont = `bold ${lineFont}`;
  const headerPx = BOX_HEADER_PX * scale;
  const linePx = BOX_LINE_PX * scale;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';

  sources.forEach((view, i) => {
    const box = layout.boxes[i];
    if (box === undefined) return;
    const style = sourceStyle(view.source);

    ctx.fillStyle = BOX_FILL;
    ctx.strokeStyle = BOX_LINE;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(BOX_LEFT, box.top, width, box.height, 6);
    ctx.fill();
    ctx.stroke();

    // The colour bar on the left edge ties the box to its markers even where the icon is small.
    ctx.fillStyle = style.colour;
    ctx.beginPath();
    ctx.roundRect(BOX_LEFT + 3, box.top + 3 * scale, 20 * scale, 16 * scale, 4);
    ctx.fill();
    drawIcon(ctx, view.source, BOX_LEFT + 3 + 10 * scale, box.anchorY, 13 * scale, '#ffffff');

    ctx.font = titleFont;
    ctx.fillStyle = INK_COLOUR;
    fitText(ctx, sourceTitle(view), textLeft, box.anchorY, textRight - textLeft);

    if (box.lines === 0) return;
    const lines = boxLines(view);
    for (let line = 0; line < Math.min(box.lines, lines.length); line++) {
      const y = box.top + headerPx + line * linePx + linePx / 2;
      const { text, alert } = lines[line];
      if (alert) {
        ctx.fillStyle = ALERT_FILL;
        ctx.fillRect(BOX_LEFT + 3, y - linePx / 2 + 1, width - 6, linePx - 2);
        ctx.fillStyle = OKABE_ITO.vermillion;
        ctx.fillRect(BOX_LEFT + 3, y - linePx / 2 + 1, 3, linePx - 2);
      }
      ctx.font = alert ? alertFont : lineFont;
      ctx.fillStyle = alert ? ALERT_TEXT : INK_COLOUR;
      fitText(ctx, text, BOX_LEFT + 10, y, textRight - BOX_LEFT - 10);
    }
  });
}

/** Writes `text`, cut with an ellipsis when it is wider than `maxWidth`. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number): void {
  if (ctx.measureText(text).width <= maxWidth) {
    ctx.fillText(text, x, y);
    return;
  }
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  ctx.fillText(`${text.slice(0, end)}…`, x, y);
}
