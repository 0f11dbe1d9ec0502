/**
 * Shape of the app store: state and actions are declared apart so that components can select state
 * without touching actions, and tests can build a state by hand.
 */
import type { PresetName } from '../../sim/presets';
import type { Scenario } from '../../sim/types';
import type { Selection } from '../selection';

/** Slowest and fastest playback, as multiples of wall-clock time. */
export const SPEED_MIN = 0.1;
export const SPEED_MAX = 1000;

export interface PlaybackState {
  playing: boolean;
  /** Simulated milliseconds per wall-clock millisecond, SPEED_MIN to SPEED_MAX. */
  speed: number;
  /** Simulated time for display; the engine updates it a few times per second, not every frame. */
  nowMs: number;
  /** True once the simulation reached the scenario's duration. */
  ended: boolean;
}

export interface ViewOptions {
  /** Bigger type for a projector in a classroom. */
  largeText: boolean;
}

/** A message shown above the app until the person dismisses it, such as an invalid URL parameter. */
export interface Notice {
  id: number;
  text: string;
}

export interface AppState {
  /** The scenario being edited and run; always complete and valid. */
  scenario: Scenario;
  /** Preset the scenario came from, or null when it came from the address. */
  presetName: PresetName | null;
  /** True once a setting was changed after the scenario was loaded. */
  edited: boolean;
  /** Grows by one whenever a fresh run must start (restart, new seed, new scenario). */
  run: number;
  playback: PlaybackState;
  selection: Selection | null;
  view: ViewOptions;
  notices: Notice[];
}

export interface AppActions {
  /** Loads a preset and starts a fresh run of it. */
  loadPreset: (name: PresetName) => void;
  /** Loads a whole scenario (for example from the address) and starts a fresh run of it. */
  loadScenario: (scenario: Scenario, presetName: PresetName | null) => void;
  /** Replaces the edited scenario; the engine applies it from the current moment on. */
  editScenario: (scenario: Scenario) => void;
  /** Shows the scenario in effect after a rewind or replay; the engine calls it and does not re-apply it. */
  syncScenario: (scenario: Scenario) => void;
  play: () => void;
  pause: () => void;
  togglePlaying: () => void;
  setSpeed: (speed: number) => void;
  /** Moves the speed one notch up (+1) or down (-1) the list of round speeds. */
  nudgeSpeed: (direction: 1 | -1) => void;
  /** Starts the run again from time zero with the same seed. */
  restart: () => void;
  /** Starts the run again with the next seed. */
  newSeed: () => void;
  /** Records the simulated time and whether the run ended; the engine calls it. */
  syncClock: (nowMs: number, ended: boolean) => void;
  select: (selection: Selection | null) => void;
  setLargeText: (on: boolean) => void;
  showNotice: (text: string) => void;
  dismissNotice: (id: number) => void;
}

export type AppStore = AppState & AppActions;
