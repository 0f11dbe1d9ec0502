import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SimulationSnapshot } from '../../sim/types';
import { useAppStoreApi } from '../store/store-context';
import { Engine } from './engine';
import { FrameSourceContext } from './frame-source';

const EngineContext = createContext<Engine | null>(null);

/**
 * Creates the engine for the enclosing app store and runs it while mounted. The same object is
 * also provided as the FrameSource that the lanes read every frame.
 */
export function EngineProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [engine] = useState(() => new Engine(store));

  useEffect(() => {
    engine.start();
    return () => engine.stop();
  }, [engine]);

  return (
    <EngineContext.Provider value={engine}>
      <FrameSourceContext.Provider value={engine}>{children}</FrameSourceContext.Provider>
    </EngineContext.Provider>
  );
}

/** Returns the engine, for commands such as Step and Send event. */
export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine must be used inside an EngineProvider.');
  return engine;
}

/** Returns the latest snapshot, re-rendering a few times a second while playing (not every frame). */
export function useDisplaySnapshot(): SimulationSnapshot {
  const engine = useEngine();
  return useSyncExternalStore(engine.subscribeDisplay, engine.getDisplaySnapshot);
}
