import { createContext, useContext } from 'react';
import type { SimulationSnapshot } from '../../sim/types';

/**
 * Hands views the simulation snapshot once per animation frame. Views that draw every frame
 * (canvas, SVG through D3) subscribe here instead of re-rendering React on each frame.
 */
export interface FrameSource {
  /** Returns the latest snapshot. Its arrays belong to the simulation: read them, never change them. */
  getSnapshot(): SimulationSnapshot;
  /**
   * Calls `listener` after each frame in which the simulation advanced, and once after any change
   * made while paused (a step, a restart, a sent event). Returns a function that unsubscribes.
   */
  subscribe(listener: (snapshot: SimulationSnapshot) => void): () => void;
}

export const FrameSourceContext = createContext<FrameSource | null>(null);

/** Returns the frame source of the enclosing engine provider. */
export function useFrameSource(): FrameSource {
  const source = useContext(FrameSourceContext);
  if (!source) throw new Error('useFrameSource must be used inside a FrameSourceContext provider.');
  return source;
}
