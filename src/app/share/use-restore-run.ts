import { useEffect } from 'react';
import { useEngine } from '../engine/engine-context';
import { formatClock } from '../format';
import { useAppStoreApi } from '../store/store-context';
import type { RunToRestore } from './startup-state';
import { SHARE_STRINGS } from './share-strings';

/** Wall time a link may spend replaying its run on load before the page gives up and shows what it has. */
const RESTORE_BUDGET_MS = 2_000;
/** Number of pieces the replay is cut into, so the budget is checked while it runs. */
const RESTORE_PIECES = 50;

/**
 * Replays the run a link carries up to its moment, once, when the app mounts. A link may ask for a
 * long, busy run; replaying stops after RESTORE_BUDGET_MS of wall time so the page stays usable.
 */
export function useRestoreRun(restore: RunToRestore | null): void {
  const engine = useEngine();
  const store = useAppStoreApi();

  useEffect(() => {
    if (restore === null) return;
    engine.restoreRun(restore.inputs, 0);

    const started = performance.now();
    for (let piece = 1; piece <= RESTORE_PIECES; piece++) {
      engine.seek((restore.atMs * piece) / RESTORE_PIECES);
      if (piece < RESTORE_PIECES && performance.now() - started > RESTORE_BUDGET_MS) {
        const reached = formatClock(engine.getSnapshot().nowMs);
        store.getState().showNotice(SHARE_STRINGS.slowLink(reached, formatClock(restore.atMs)));
        break;
      }
    }
  }, [engine, store, restore]);
}
