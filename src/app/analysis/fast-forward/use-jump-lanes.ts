import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../sim/types';
import { useEngine } from '../../engine/engine-context';
import { useAppStoreApi } from '../../store/store-context';

/** Pieces a replay is cut into; the page handles input between two pieces. */
const REPLAY_PIECES = 40;

/** State of a jump of the lanes: replaying with its progress, or showing a moment. */
export type JumpState =
  | { status: 'idle' }
  | { status: 'replaying'; targetMs: number; fraction: number }
  | { status: 'shown'; timeMs: number };

/** Resolves after the browser had a chance to handle input and paint. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Moves the live lanes to a moment of a long run: loads the run's scenario into the app (a fresh run
 * from its seed) and seeks there in pieces, so a replay of hours stays interruptible.
 */
export function useJumpLanes() {
  const engine = useEngine();
  const store = useAppStoreApi();
  const [state, setState] = useState<JumpState>({ status: 'idle' });
  const jobRef = useRef(0);

  useEffect(
    () => () => {
      jobRef.current++;
    },
    [],
  );

  const jump = useCallback(
    async (scenario: Scenario, targetMs: number) => {
      const job = ++jobRef.current;
      const app = store.getState();
      app.pause();
      if (app.scenario !== scenario) app.loadScenario(scenario, app.presetName);
      // Seeking back replays from the seed at once, so start from zero and go forward in pieces.
      if (engine.getSnapshot().nowMs > targetMs) engine.seek(0);

      const fromMs = engine.getSnapshot().nowMs;
      for (let piece = 1; piece <= REPLAY_PIECES; piece++) {
        if (jobRef.current !== job) return;
        setState({ status: 'replaying', targetMs, fraction: (piece - 1) / REPLAY_PIECES });
        engine.seek(fromMs + ((targetMs - fromMs) * piece) / REPLAY_PIECES);
        await nextTask();
      }
      if (jobRef.current === job) setState({ status: 'shown', timeMs: targetMs });
    },
    [engine, store],
  );

  const stop = useCallback(() => {
    jobRef.current++;
    setState({ status: 'idle' });
  }, []);

  return { state, jump, stop };
}
