import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../sim/types';
import { useEngine } from '../../engine/engine-context';
import { useAppStoreApi } from '../../store/store-context';

/** State of a jump of the lanes: replaying with its progress, or showing a moment. */
export type JumpState =
  | { status: 'idle' }
  | { status: 'replaying'; targetMs: number; fraction: number }
  | { status: 'shown'; timeMs: number };

/** Resolves at the next animation frame, when the engine has run the next piece of a long seek. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Moves the live lanes to a moment of a long run: loads the run's scenario into the app (a fresh run
 * from its seed) and seeks there. The engine replays a long run over animation frames, so the page
 * keeps responding, and `stop` leaves the lanes where the replay got to.
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
      engine.seek(targetMs);

      for (let seek = engine.getSeekProgress(); seek !== null; seek = engine.getSeekProgress()) {
        setState({ status: 'replaying', targetMs, fraction: seek.fraction });
        await nextFrame();
        if (jobRef.current !== job) return;
      }
      if (jobRef.current === job) setState({ status: 'shown', timeMs: targetMs });
    },
    [engine, store],
  );

  const stop = useCallback(() => {
    jobRef.current++;
    engine.cancelSeek();
    setState({ status: 'idle' });
  }, [engine]);

  return { state, jump, stop };
}
