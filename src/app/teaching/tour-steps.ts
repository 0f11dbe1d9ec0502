/**
 * The guided tour as data: each step sets up the live simulation through the store and the engine,
 * names the element to highlight, and may give the learner a task whose completion it detects.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { PresetName } from '../../sim/presets';
import type { Scenario, SimulationSnapshot } from '../../sim/types';
import type { Engine } from '../engine/engine';
import type { AppStore } from '../store/app-state';
import { STRINGS } from '../strings';
import { TEACHING_STRINGS } from './teaching-strings';

/** Services a step uses to set up the run and to check a task. */
export interface TourContext {
  store: StoreApi<AppStore>;
  engine: Engine;
}

/** A task's view of the run: the scenario as the learner left it and the latest snapshot. */
export interface TaskProgress {
  scenario: Scenario;
  snapshot: SimulationSnapshot;
}

export type TourStepId = keyof typeof TEACHING_STRINGS.steps;

export interface TourStep {
  id: TourStepId;
  /** Puts the run where the step talks about it. Runs when the step opens, also after Back. */
  setup: (context: TourContext) => void;
  /** Finds the element to highlight; null when the page does not show it (for example in an embed). */
  target: (root: ParentNode) => Element | null;
  /** Detects that the learner did the step's task; steps without a task have none. */
  isDone?: (progress: TaskProgress) => boolean;
}

/** Arrival rate the scale-out task requests, in events per second. */
export const SCALE_OUT_RATE = 30;

const byClass = (selector: string) => (root: ParentNode) => root.querySelector(selector);

/** Finds the settings field whose label reads `label`. */
function fieldLabelled(label: string) {
  return (root: ParentNode) => {
    const match = [...root.querySelectorAll('.field label')].find((element) => element.textContent?.trim() === label);
    return match?.closest('.field') ?? null;
  };
}

/** Loads a preset paused at `atMs`, at `speed`, so the step opens on the moment it describes. */
function showPreset(context: TourContext, name: PresetName, atMs: number, speed = 1): void {
  const actions = context.store.getState();
  actions.pause();
  actions.loadPreset(name);
  actions.setSpeed(speed);
  if (atMs > 0) context.engine.seek(atMs);
}

function firstRate(scenario: Scenario): number {
  const stream = scenario.traffic[0];
  if (stream === undefined) return 0;
  switch (stream.pattern) {
    case 'constant':
    case 'poisson':
      return stream.ratePerSec;
    case 'ramp':
      return Math.max(stream.fromPerSec, stream.toPerSec);
    case 'periodic':
      return stream.meanPerSec;
    default:
      return 0;
  }
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'handler',
    // 1,500 ms: request 1 has ended, so the inspector can show the event and context it received.
    setup: (context) => {
      showPreset(context, 'seed-story', 1_500);
      context.store.getState().select({ kind: 'invocation', id: 1 });
    },
    target: byClass('.inspector'),
  },
  {
    id: 'coldStart',
    // 450 ms: environment 1 has provisioned (0-125 ms) and initialized (125-425 ms) and now runs request 1.
    setup: (context) => showPreset(context, 'seed-story', 450),
    target: byClass('.lanes-stage'),
  },
  {
    id: 'parallel',
    // 1,000 ms: environment 2 started at 500 ms and is running request 2 beside environment 1.
    setup: (context) => showPreset(context, 'seed-story', 1_000),
    target: byClass('.lanes-stage'),
  },
  {
    id: 'warmStart',
    // 2,000 ms: environment 1 took request 3 warm at 1,600 ms.
    setup: (context) => showPreset(context, 'seed-story', 2_000),
    target: byClass('.lanes-stage'),
  },
  {
    id: 'scaleOut',
    setup: (context) => {
      showPreset(context, 'steady', 0, 2);
      context.store.getState().play();
    },
    target: fieldLabelled(STRINGS.controls.rate),
    isDone: ({ scenario }) => firstRate(scenario) >= SCALE_OUT_RATE,
  },
  {
    id: 'throttling',
    setup: (context) => showPreset(context, 'throttling', 0),
    target: byClass('.lanes-stage'),
    isDone: ({ snapshot }) => snapshot.metrics.throttles > 0,
  },
  {
    id: 'timeout',
    setup: (context) => showPreset(context, 'timeout', 0, 2),
    target: byClass('.lanes-stage'),
    isDone: ({ snapshot }) => snapshot.metrics.timeouts > 0,
  },
  {
    id: 'reclaim',
    // 15 s: both environments idle since about 2 s; they are reclaimed at about 22 s and 22.6 s.
    setup: (context) => showPreset(context, 'seed-story', 15_000, 2),
    target: byClass('.lanes-stage'),
    isDone: ({ snapshot }) => snapshot.metrics.environmentsCreated > 0 && snapshot.metrics.environments.total === 0,
  },
  {
    id: 'done',
    setup: () => undefined,
    target: () => null,
  },
];
