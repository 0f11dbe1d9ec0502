/**
 * Selectors shared by components. Defined once at module level so that each is the same function on
 * every render and reads as a name at the call site.
 */
import type { AppStore } from './app-state';

export const selectScenario = (state: AppStore) => state.scenario;
export const selectPlayback = (state: AppStore) => state.playback;
export const selectPlaying = (state: AppStore) => state.playback.playing;
export const selectSpeed = (state: AppStore) => state.playback.speed;
export const selectNowMs = (state: AppStore) => state.playback.nowMs;
export const selectEnded = (state: AppStore) => state.playback.ended;
export const selectSelection = (state: AppStore) => state.selection;
export const selectPresetName = (state: AppStore) => state.presetName;
export const selectEdited = (state: AppStore) => state.edited;
export const selectLargeText = (state: AppStore) => state.view.largeText;
export const selectNotices = (state: AppStore) => state.notices;
export const selectRun = (state: AppStore) => state.run;
