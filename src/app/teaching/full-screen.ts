import { TEACHING_STRINGS } from './teaching-strings';

/** Returns whether the page may go full screen here. It is false in a frame without allow="fullscreen", for example. */
export function canGoFullScreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

/**
 * Enters or leaves full screen for the whole page. Where the browser does not allow it, `explain`
 * receives a message instead, because a key that silently does nothing confuses a presenter.
 */
export function toggleFullScreen(explain: (message: string) => void): void {
  if (!canGoFullScreen()) {
    explain(TEACHING_STRINGS.fullScreenUnavailable);
    return;
  }
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch(() => explain(TEACHING_STRINGS.fullScreenUnavailable));
}
