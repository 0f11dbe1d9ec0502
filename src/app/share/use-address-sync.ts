import { useEffect } from 'react';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';
import { useAnnotationStoreApi } from '../teaching/teaching-context';
import { currentRunFragment } from './run-link';

/** Quiet time after the last change before the address is rewritten. */
const SYNC_DELAY_MS = 400;

/**
 * Keeps `#s=` in the address in step with the run while it is paused, so a reload or a bookmark
 * returns to the same moment. While playing it waits: rewriting the address every frame costs time.
 * Uses history.replaceState, so the Back button does not step through every change.
 */
export function useAddressSync(enabled: boolean): void {
  const engine = useEngine();
  const store = useAppStoreApi();
  const annotations = useAnnotationStoreApi();

  useEffect(() => {
    if (!enabled) return;
    let timer: number | undefined;
    let cancelled = false;

    const schedule = () => {
      if (store.getState().playback.playing) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        void currentRunFragment(engine, store, annotations).then((fragment) => {
          if (!cancelled) window.history.replaceState(window.history.state, '', `#${fragment}`);
        });
      }, SYNC_DELAY_MS);
    };

    const unsubscribeStore = store.subscribe((state, previous) => {
      if (
        state.playback !== previous.playback ||
        state.scenario !== previous.scenario ||
        state.run !== previous.run
      ) {
        schedule();
      }
    });
    const unsubscribeNotes = annotations.subscribe(schedule);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      unsubscribeStore();
      unsubscribeNotes();
    };
  }, [enabled, engine, store, annotations]);
}
