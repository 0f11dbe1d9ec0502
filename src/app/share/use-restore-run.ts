import { useEffect } from 'react';
import { useEngine } from '../engine/engine-context';
import type { RunToRestore } from './startup-state';

/**
 * Replays the run a link carries up to its moment, once, when the app mounts. A link may ask for a
 * long, busy run: the engine then replays it over animation frames, so the page keeps responding and
 * the time slider shows how far the replay has come.
 */
export function useRestoreRun(restore: RunToRestore | null): void {
  const engine = useEngine();

  useEffect(() => {
    if (restore === null) return;
    engine.restoreRun(restore.inputs, 0);
    engine.seek(restore.atMs);
  }, [engine, restore]);
}
