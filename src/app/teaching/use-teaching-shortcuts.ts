import { useEffect } from 'react';
import { PRESET_NAMES } from '../../sim/presets';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';
import { useTeachingStoreApi } from './teaching-context';
import { TEACHING_STRINGS } from './teaching-strings';
import { toggleFullScreen } from './full-screen';

/** Share of the run that [ and ] move back or ahead. */
const SEEK_SHARE = 0.05;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, select, textarea') !== null;
}

/**
 * Listens for the presenter keys (listed in the ? overlay): N and P walk through the presets, [ and ]
 * rewind and skip, W, F, A, T and ? open what they name. The playback keys (Space, →, R, + and −)
 * belong to the playback bar. Keys typed into a field and keys with Ctrl, Alt or Meta are left alone.
 */
export function useTeachingShortcuts(enabled: boolean): void {
  const store = useAppStoreApi();
  const teaching = useTeachingStoreApi();
  const engine = useEngine();

  useEffect(() => {
    if (!enabled) return;
    const stepPreset = (direction: 1 | -1) => {
      const current = store.getState().presetName;
      const index = current === null ? -1 : PRESET_NAMES.indexOf(current);
      const next = PRESET_NAMES[(index + direction + PRESET_NAMES.length) % PRESET_NAMES.length];
      store.getState().loadPreset(next);
      teaching.getState().announce(TEACHING_STRINGS.nextPreset(next));
    };
    const seekBy = (share: number) => {
      const { durationMs } = store.getState().scenario;
      engine.seek(engine.getSnapshot().nowMs + share * durationMs);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const state = teaching.getState();

      switch (event.key) {
        case '?':
          state.setShortcutsOpen(true);
          break;
        case 'n':
        case 'N':
          stepPreset(1);
          break;
        case 'p':
        case 'P':
          stepPreset(-1);
          break;
        case '[':
          seekBy(-SEEK_SHARE);
          break;
        case ']':
          seekBy(SEEK_SHARE);
          break;
        case 'w':
        case 'W':
          state.setWorkshop(!state.workshop);
          break;
        case 'f':
        case 'F':
          toggleFullScreen((message) => store.getState().showNotice(message));
          break;
        case 'a':
        case 'A':
          if (store.getState().selection?.kind === 'environment') state.setNoteFormOpen(true);
          else store.getState().showNotice(TEACHING_STRINGS.notes.needEnvironment);
          break;
        case 't':
        case 'T':
          state.startTour();
          break;
        case 'Escape':
          if (!state.noteFormOpen) return;
          state.setNoteFormOpen(false);
          break;
        default:
          return;
      }
      event.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, store, teaching, engine]);
}
