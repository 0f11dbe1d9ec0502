/**
 * Horizontal and vertical bands of the lanes stage, in CSS pixels. From left to right: the source
 * column, with a box per event source and trays below for throttled, dead-lettered and lost events;
 * the concurrency limit; the lane labels; then the plot where time runs left to right. The trays sit
 * just below the sources, so they stay in view however tall the stage is.
 */
export interface StageGeometry {
  width: number;
  height: number;
  /** Centre of the source column, where markers start. */
  sourceX: number;
  /** Right edge of the source column. */
  sourceRight: number;
  /** The limit that throttled events bounce off, a short flight right of the source column. */
  wallX: number;
  /** Right edge of the lane labels. */
  labelRight: number;
  plotLeft: number;
  plotRight: number;
  /** Baseline of the time axis. */
  axisY: number;
  lanesTop: number;
  lanesBottom: number;
  /** Top of the first tray. */
  trayTop: number;
  /** Bottom of the last tray. */
  trayBottom: number;
  /** Number of trays stacked from `trayTop` to `trayBottom`. */
  trays: number;
}

export const SOURCE_COLUMN_PX = 192;
/** Open space between the source column and the limit, where a throttled marker is seen to fly and bounce. */
export const WALL_GAP_PX = 40;
export const LABEL_GUTTER_PX = 88;
export const AXIS_PX = 30;
/** Height of one tray; the throttled, dead-letter and lost trays are stacked below the sources. */
export const TRAY_PX = 54;
const TRAY_GAP_PX = 6;
/** Height the source boxes are given before the sources are known: one box with two lines. */
export const SOURCE_SLOT_PX = 58;
const PAD_PX = 8;

/**
 * Computes the bands of a stage `width` x `height` CSS pixels whose source boxes take `sourcesPx`
 * pixels of height, with `trays` trays below them. The bands that hold text (source column, label
 * gutter, axis and trays) grow with `textScale`.
 */
export function computeStageGeometry(
  width: number,
  height: number,
  sourcesPx = SOURCE_SLOT_PX,
  trays = 1,
  textScale = 1,
): StageGeometry {
  const sourceColumn = SOURCE_COLUMN_PX * textScale;
  const wallX = sourceColumn + WALL_GAP_PX;
  const labelRight = wallX + LABEL_GUTTER_PX * textScale;
  const plotLeft = labelRight + PAD_PX;
  const plotRight = Math.max(plotLeft + 1, width - PAD_PX * 2);
  const axisY = AXIS_PX * textScale;
  const lanesTop = axisY + 4;
  const lanesBottom = Math.max(lanesTop, height - PAD_PX);
  const traysPx = Math.max(1, trays) * (TRAY_PX * textScale + TRAY_GAP_PX) - TRAY_GAP_PX;
  const belowSources = lanesTop + Math.max(0, sourcesPx) + 14;
  const trayTop = Math.max(lanesTop, Math.min(belowSources, lanesBottom - traysPx));
  const trayBottom = Math.min(lanesBottom, trayTop + traysPx);
  return {
    width,
    height,
    sourceX: sourceColumn / 2,
    sourceRight: sourceColumn,
    wallX,
    labelRight,
    plotLeft,
    plotRight,
    axisY,
    lanesTop,
    lanesBottom,
    trayTop,
    trayBottom,
    trays: Math.max(1, trays),
  };
}

/** Top and bottom of tray `index` (0 is the throttled tray), shrunk evenly when the stage is short. */
export function trayBand(geometry: StageGeometry, index: number): { top: number; bottom: number } {
  const pitch = (geometry.trayBottom - geometry.trayTop + TRAY_GAP_PX) / geometry.trays;
  const top = geometry.trayTop + index * pitch;
  return { top, bottom: top + pitch - TRAY_GAP_PX };
}
