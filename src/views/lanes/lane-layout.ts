/** `lanes`: one labelled bar per environment. `density`: one thin row per environment, no gaps or labels. */
export type LaneMode = 'lanes' | 'density';

/** Vertical placement of the environment rows, in CSS pixels from the top of the lane area. */
export interface LaneLayout {
  mode: LaneMode;
  /** Distance between the tops of two consecutive rows; below 1 when rows share a pixel. */
  pitch: number;
  /** Height of the bar drawn in each row; the rest of the pitch is the gap between lanes. */
  barHeight: number;
  /** Label every n-th lane (1 labels all of them); 0 means no per-lane labels. */
  labelEvery: number;
  /** Height the rows take together. */
  contentHeight: number;
}

/** Tallest lane: big enough to read from the back of a room, small enough that a few lanes still look like lanes. */
export const MAX_LANE_PITCH = 52;

/** Below this a bar with a gap is no longer readable, so the view switches to density rows. */
export const MIN_LANE_PITCH = 3;

/** Past this many environments per-lane labels and textures stop helping, so density rows take over. */
export const MAX_LANES = 160;

/** Density rows stay thin even when there is room, so the view reads as one block, not as lanes. */
export const MAX_DENSITY_PITCH = 3;

/** Labels closer than this overlap, so only every n-th lane gets one. */
export const MIN_LABEL_SPACING = 13;

const LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Computes how `count` environment rows fit in `height` CSS pixels: lanes shrink as the count grows, then
 * turn into density rows past {@link MAX_LANES} or when a lane would be thinner than {@link MIN_LANE_PITCH}.
 * No lane grows past `maxPitch`, and labels stay `labelSpacing` pixels apart, which larger text needs.
 */
export function computeLaneLayout(
  count: number,
  height: number,
  maxPitch = MAX_LANE_PITCH,
  labelSpacing = MIN_LABEL_SPACING,
): LaneLayout {
  const rows = Math.max(0, Math.floor(count));
  const room = Math.max(0, height);
  if (rows === 0 || room === 0) {
    return { mode: 'lanes', pitch: maxPitch, barHeight: maxPitch - 4, labelEvery: 1, contentHeight: 0 };
  }

  const fitted = room / rows;
  if (rows > MAX_LANES || fitted < MIN_LANE_PITCH) {
    const pitch = Math.min(fitted, MAX_DENSITY_PITCH);
    return { mode: 'density', pitch, barHeight: pitch, labelEvery: 0, contentHeight: pitch * rows };
  }

  const pitch = Math.min(fitted, maxPitch);
  return {
    mode: 'lanes',
    pitch,
    barHeight: pitch - laneGap(pitch),
    labelEvery: labelStep(pitch, labelSpacing),
    contentHeight: pitch * rows,
  };
}

/** Gap between lanes: wide lanes get a visible gutter, thin ones a single pixel. */
function laneGap(pitch: number): number {
  if (pitch >= 16) return 4;
  if (pitch >= 8) return 2;
  return 1;
}

/** Smallest step from a 1-2-5 series that keeps labels `spacing` pixels apart. */
function labelStep(pitch: number, spacing: number): number {
  const needed = spacing / pitch;
  for (const step of LABEL_STEPS) if (step >= needed) return step;
  return LABEL_STEPS[LABEL_STEPS.length - 1];
}

/** Returns the index of the row under `y` (CSS pixels from the top of the lane area), or -1 outside the rows. */
export function rowAt(layout: LaneLayout, count: number, y: number): number {
  if (y < 0 || y >= layout.contentHeight) return -1;
  const index = Math.floor(y / layout.pitch);
  return index < count ? index : -1;
}
