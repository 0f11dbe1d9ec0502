import { useEffect } from 'react';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';

/** Elements where keys belong to typing or to the control itself, not to playback. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, select, textarea') !== null;
}

/**
 * Listens for the playback keys on the whole page: Space plays or pauses, Right arrow steps, R
 * restarts, + and - change the speed. Keys typed into a field and keys with Ctrl, Alt or Meta are
 * left alone, so shortcuts such as Ctrl+R still reach the browser.
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStoreApi();
  const engine = useEngine();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const actions = store.getState();

      switch (event.key) {
        case ' ':
          // Space on a focused button presses that button; leave it to the browser there.
          if (event.target instanceof HTMLElement && event.target.closest('button, summary, a')) return;
          actions.togglePlaying();
          break;
        case 'ArrowRight':
          engine.step();
          break;
        case 'r':
        case 'R':
          actions.restart();
          break;
        case '+':
        case '=':
          actions.nudgeSpeed(1);
          break;
        case '-':
        case '_':
          actions.nudgeSpeed(-1);
          break;
        default:
          return;
      }
      event.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, engine]);
}
