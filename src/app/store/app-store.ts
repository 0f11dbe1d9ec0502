import { createStore, type StoreApi } from 'zustand/vanilla';
import { presetScenario, type PresetName } from '../../sim/presets';
import type { Scenario } from '../../sim/types';
import type { AppState, AppStore } from './app-state';
import { clampSpeed, nudgedSpeed } from './speed';

/** Values a store starts from; anything left out takes its default. */
export interface AppStoreInit {
  scenario: Scenario;
  presetName: PresetName | null;
  speed?: number;
  playing?: boolean;
  notices?: string[];
}

/** Seed of the run after the given one. A counter keeps "New seed" reproducible. */
export function nextSeed(seed: number): number {
  return (seed + 1) >>> 0;
}

/** Creates the app store. Each app (and each test) gets its own, so nothing leaks between them. */
export function createAppStore(init: AppStoreInit): StoreApi<AppStore> {
  let noticeCount = 0;

  const initial: AppState = {
    scenario: init.scenario,
    presetName: init.presetName,
    edited: false,
    run: 0,
    playback: { playing: init.playing ?? false, speed: clampSpeed(init.speed ?? 1), nowMs: 0, ended: false },
    selection: null,
    view: { largeText: false },
    notices: (init.notices ?? []).map((text) => ({ id: ++noticeCount, text })),
  };

  return createStore<AppStore>()((set, get) => {
    /** Starts a fresh run of `scenario` from time zero; keeps playing if it was playing. */
    const startRun = (scenario: Scenario, changes: Partial<AppState> = {}) => {
      set((state) => ({
        ...changes,
        scenario,
        run: state.run + 1,
        selection: null,
        playback: { ...state.playback, nowMs: 0, ended: false },
      }));
    };

    return {
      ...initial,

      loadPreset: (name) => startRun(presetScenario(name), { presetName: name, edited: false }),
      loadScenario: (scenario, presetName) => startRun(scenario, { presetName, edited: false }),
      editScenario: (scenario) => set({ scenario, edited: true }),
      syncScenario: (scenario) => set({ scenario }),

      play: () => {
        const { playback, scenario } = get();
        // Play at the end of the scenario runs it again, because nothing is left to play.
        if (playback.ended) {
          startRun(scenario);
        }
        set((state) => ({ playback: { ...state.playback, playing: true } }));
      },
      pause: () => set((state) => ({ playback: { ...state.playback, playing: false } })),
      togglePlaying: () => (get().playback.playing ? get().pause() : get().play()),
      setSpeed: (speed) => set((state) => ({ playback: { ...state.playback, speed: clampSpeed(speed) } })),
      nudgeSpeed: (direction) => get().setSpeed(nudgedSpeed(get().playback.speed, direction)),

      restart: () => startRun(get().scenario),
      newSeed: () => {
        const scenario = get().scenario;
        startRun({ ...scenario, seed: nextSeed(scenario.seed) });
      },

      syncClock: (nowMs, ended) =>
        set((state) => {
          const playback = state.playback;
          if (playback.nowMs === nowMs && playback.ended === ended) return state;
          // Reaching the end pauses playback so the last picture stays on screen.
          const playing = ended && !playback.ended ? false : playback.playing;
          return { playback: { ...playback, nowMs, ended, playing } };
        }),

      select: (selection) => set({ selection }),
      setLargeText: (on) => set((state) => ({ view: { ...state.view, largeText: on } })),
      showNotice: (text) => set((state) => ({ notices: [...state.notices, { id: ++noticeCount, text }] })),
      dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
    };
  });
}
