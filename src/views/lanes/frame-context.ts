import type { Selection } from '../../app/selection';
import type { PhaseFills } from './draw-textures';
import type { LaneLayout } from './lane-layout';
import type { StageGeometry } from './stage-geometry';
import type { TimeMapping } from './time-window';

/** Everything the draw functions share for one frame. Created once per view and refilled each frame. */
export interface FrameContext {
  ctx: CanvasRenderingContext2D;
  /** Device pixels per CSS pixel; drawing happens in CSS pixels under a matching transform. */
  dpr: number;
  geometry: StageGeometry;
  layout: LaneLayout;
  mapping: TimeMapping;
  nowMs: number;
  /** performance.now() of this frame, which drives the marker animations. */
  wallMs: number;
  /** True while the system setting requests reduced motion: markers then appear where they land instead of flying. */
  reducedMotion: boolean;
  fills: PhaseFills;
  /** Factor on text sizes, from the display options the view was given. */
  textScale: number;
  /** Ids of invocations that ended in a timeout, seen so far in this run. */
  timedOut: ReadonlySet<number>;
  selection: Selection | null;
}

/** Colour of a lane's empty track and of the space behind everything. */
export const TRACK_COLOUR = '#eceef2';
export const BACKGROUND_COLOUR = '#ffffff';
export const GRID_COLOUR = '#dde1e7';
export const SELECTION_COLOUR = '#fff1b8';
export const INK_COLOUR = '#1d2330';

/** Rounds a CSS coordinate to the nearest device pixel, so edges stay crisp. */
export function snap(value: number, dpr: number): number {
  return Math.round(value * dpr) / dpr;
}
