import type { SourceKind, SourceView } from '../../sim/types';
import { boxLineCount } from './source-stats';

/** Height of a box's title row, where the icon sits and markers start. */
export const BOX_HEADER_PX = 22;
/** Height of one line of state under the title. */
export const BOX_LINE_PX = 15;
const BOX_PAD_PX = 5;
const BOX_GAP_PX = 6;

/** One source's box in the source column, in CSS pixels. */
export interface SourceBox {
  top: number;
  height: number;
  /** Lines of state shown; 0 when the column is too short for more than the titles. */
  lines: number;
  /** Start and end point of the source's markers: the middle of its title row. */
  anchorY: number;
}

/** The boxes of every source, and how to find the box an invocation came from. */
export interface SourceLayout {
  boxes: SourceBox[];
  /** Factor on the box sizes above, the text scale the boxes were laid out for. */
  scale: number;
  /** Bottom of the last box, or `top` without sources. */
  bottom: number;
  /** Box index by `${streamIndex}:${source}`. */
  index: Map<string, number>;
}

function boxHeight(lines: number, scale: number): number {
  return (BOX_HEADER_PX + lines * BOX_LINE_PX + (lines > 0 ? BOX_PAD_PX : 0)) * scale;
}

/**
 * Stacks one box per source from `top` down, each as tall as its lines of state. When the boxes
 * would not fit in `room` pixels, every box shows its title only, so each source keeps a place to
 * fly from. Box sizes grow with the text `scale`.
 */
export function layoutSources(sources: readonly SourceView[], top: number, room: number, scale = 1): SourceLayout {
  const lineCounts = sources.map(boxLineCount);
  const full = lineCounts.reduce((sum, lines) => sum + boxHeight(lines, scale) + BOX_GAP_PX, 0);
  const compact = full > room;

  const boxes: SourceBox[] = [];
  const index = new Map<string, number>();
  let y = top;
  sources.forEach((view, i) => {
    const lines = compact ? 0 : lineCounts[i];
    const height = boxHeight(lines, scale);
    boxes.push({ top: y, height, lines, anchorY: y + (BOX_HEADER_PX * scale) / 2 });
    index.set(keyOf(view.streamIndex, view.source), i);
    y += height + BOX_GAP_PX;
  });
  return { boxes, scale, bottom: boxes.length > 0 ? y - BOX_GAP_PX : top, index };
}

function keyOf(streamIndex: number, source: SourceKind): string {
  return `${streamIndex}:${source}`;
}

/**
 * Returns the box of the source that sent an event of stream `streamIndex` and kind `source`, or -1.
 * An event sent by hand has stream -1 unless a stream of its kind took it, so this falls back to
 * the first box of the same kind.
 */
export function boxOf(layout: SourceLayout, sources: readonly SourceView[], streamIndex: number, source: SourceKind): number {
  const exact = layout.index.get(keyOf(streamIndex, source));
  if (exact !== undefined) return exact;
  return sources.findIndex((view) => view.source === source);
}
