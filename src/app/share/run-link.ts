import type { StoreApi } from 'zustand/vanilla';
import type { Engine } from '../engine/engine';
import type { AppStore } from '../store/app-state';
import type { AnnotationState } from '../teaching/annotation-store';
import { writeSharedState } from './url-state';

/** Builds the fragment (without '#') that reopens the current run at the current moment. */
export async function currentRunFragment(
  engine: Engine,
  store: StoreApi<AppStore>,
  annotations: StoreApi<AnnotationState>,
): Promise<string> {
  const timeline = engine.getTimeline();
  const { presetName, edited } = store.getState();
  return writeSharedState({
    scenario: timeline.initialScenario,
    // A preset name only labels the picker, so it goes along only while the preset is unchanged.
    presetName: edited ? null : presetName,
    inputs: timeline.appliedInputs(),
    atMs: engine.getSnapshot().nowMs,
    notes: annotations.getState().notes.map(({ atMs, environmentId, text }) => ({ atMs, environmentId, text })),
  });
}

/** Returns the page's address with `fragment` as its hash and the other parameters kept. */
export function addressWithFragment(fragment: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}
