/**
 * Horizontal and vertical bands of the lanes stage, in CSS pixels. From left to right: the source
 * column where events appear (and the throttled tray below it), the concurrency limit they cross, the
 * lane labels, then the plot where time runs left to right. The tray sits just below the sources, so
 * it stays in view however tall the stage is.
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
  trayTop: number;
  trayBottom: number;
}

export const SOURCE_COLUMN_PX = 96;
/** Open space between the source column and the limit, where a throttled marker is seen to fly and bounce. */
export const WALL_GAP_PX = 40;
export const LABEL_GUTTER_PX = 88;
export const AXIS_PX = 30;
export const TRAY_PX = 76;
/** Height of one source's emitter slot in the source column. */
export const SOURCE_SLOT_PX = 44;
const PAD_PX = 8;

/** Computes the bands of a stage `width` x `height` CSS pixels whose source column shows `sources` sources. */
export function computeStageGeometry(width: number, height: number, sources = 1): StageGeometry {
  const wallX = SOURCE_COLUMN_PX + WALL_GAP_PX;
  const labelRight = wallX + LABEL_GUTTER_PX;
  const plotLeft = labelRight + PAD_PX;
  const plotRight = Math.max(plotLeft + 1, width - PAD_PX * 2);
  const lanesTop = AXIS_PX + 4;
  const lanesBottom = Math.max(lanesTop, height - PAD_PX);
  const belowSources = lanesTop + Math.max(1, sources) * SOURCE_SLOT_PX + 28;
  const trayTop = Math.max(lanesTop, Math.min(belowSources, lanesBottom - TRAY_PX));
  const trayBottom = Math.min(lanesBottom, trayTop + TRAY_PX);
  return {
    width,
    height,
    sourceX: SOURCE_COLUMN_PX / 2,
    sourceRight: SOURCE_COLUMN_PX,
    wallX,
    labelRight,
    plotLeft,
    plotRight,
    axisY: AXIS_PX,
    lanesTop,
    lanesBottom,
    trayTop,
    trayBottom,
  };
}
