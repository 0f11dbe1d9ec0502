import { MAX_LANE_PITCH } from './lane-layout';

/** Sizes of the lanes drawing, set by the app for a projector or for the large-text option. */
export interface LanesDisplay {
  /** Tallest lane, in CSS pixels; lanes shrink below it as environments are added. */
  maxLanePitch: number;
  /**
   * Factor on every text size of the stage (lane labels, segment words, source boxes, trays, axis)
   * and on the bands that hold that text, so scaled text keeps its room.
   */
  textScale: number;
}

/** The lanes as a laptop screen shows them. */
export const DEFAULT_DISPLAY: LanesDisplay = { maxLanePitch: MAX_LANE_PITCH, textScale: 1 };

/** Text factor of the large-text option, the same 20/16 ratio by which it grows the page's type. */
const LARGE_TEXT_SCALE = 1.25;

/** Text factor of workshop mode, which shows text at about 1.5 times its size for the back of a room. */
const WORKSHOP_TEXT_SCALE = 1.5;

/** Tallest lane in workshop mode: thick enough to carry 1.5x segment words with room around them. */
const WORKSHOP_LANE_PITCH = 96;

/** Returns the display for workshop mode and the large-text option; workshop mode wins where both are on. */
export function lanesDisplay(workshop: boolean, largeText: boolean): LanesDisplay {
  if (workshop) return { maxLanePitch: WORKSHOP_LANE_PITCH, textScale: WORKSHOP_TEXT_SCALE };
  if (largeText) return { maxLanePitch: MAX_LANE_PITCH, textScale: LARGE_TEXT_SCALE };
  return DEFAULT_DISPLAY;
}

/** Returns whether two displays draw the same. */
export function sameDisplay(a: LanesDisplay, b: LanesDisplay): boolean {
  return a.maxLanePitch === b.maxLanePitch && a.textScale === b.textScale;
}
