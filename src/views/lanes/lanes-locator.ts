import { createContext, useContext } from 'react';

/** A point on the lanes stage, in CSS pixels from its top left. */
export interface LanePoint {
  x: number;
  /** Middle of the lane. */
  y: number;
  /** Half the height of the lane's bar, so a pin can point at its edge. */
  halfHeight: number;
}

/**
 * Places things over the lanes that the canvas does not draw, such as a teacher's notes. Positions
 * change on every frame (following "now", panning, zooming), so a user subscribes and moves its own
 * elements after each frame instead of re-rendering React.
 */
export interface LanesLocator {
  /** Returns where environment `environmentId` is at simulated `timeMs`, or null when that spot is off screen. */
  locate(environmentId: number, timeMs: number): LanePoint | null;
  /** Simulated time of the frame last drawn. */
  nowMs(): number;
  /** Width of the stage in CSS pixels. */
  width(): number;
  /** Calls `listener` after every frame; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** Provides the locator of the lanes to the things a {@link LanesPanel} pins over its stage. */
export const LanesLocatorContext = createContext<LanesLocator | null>(null);

/** Returns the locator of the enclosing lanes, or null outside them. */
export function useLanesLocator(): LanesLocator | null {
  return useContext(LanesLocatorContext);
}
