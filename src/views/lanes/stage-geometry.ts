/**
 * Horizontal and vertical bands of the lanes stage, in CSS pixels. From left to right: the source
 * column where events appear (and the throttled tray below it), the concurrency limit they cross, the
 * lane labels, then the plot where time runs left to right.
 */
export interface StageGeometry {
  width: number;
  height: number;
  /** Centre of the source column, where markers start. */
  sourceX: number;
  /** The limit that throttled events bounce off. */
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
export const LABEL_GUTTER_PX = 84;
export const AXIS_PX = 30;
export const TRAY_PX = 76;
const PAD_PX = 8;

/** Computes the bands of a stage `width` x `height` CSS pixels. */
export function computeStageGeometry(width: number, height: number): StageGeometry {
  const wallX = SOURCE_COLUMN_PX;
  const labelRight = wallX + LABEL_GUTTER_PX;
  const plotLeft = labelRight + PAD_PX;
  const plotRight = Math.max(plotLeft + 1, width - PAD_PX * 2);
  const lanesTop = AXIS_PX + 4;
  const lanesBottom = Math.max(lanesTop, height - PAD_PX);
  const trayBottom = lanesBottom;
  const trayTop = Math.max(lanesTop, trayBottom - TRAY_PX);
  return {
    width,
    height,
    sourceX: SOURCE_COLUMN_PX / 2,
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
