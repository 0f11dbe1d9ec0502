import { readUrlOptions, type UrlOptions } from '../url-options';
import type { RecordedInput } from './run-timeline';
import { SHARE_STRINGS } from './share-strings';
import { findStateParam, readSharedState, type SharedNote } from './url-state';

/** Run a link restores once the engine runs: the inputs of the run and the moment to show. */
export interface RunToRestore {
  inputs: RecordedInput[];
  atMs: number;
  notes: SharedNote[];
}

/** Options the app starts with, and the run a `#s=` link contains, if any. */
export interface StartupState {
  options: UrlOptions;
  restore: RunToRestore | null;
}

/**
 * Reads the query parameters and then the `#s=` state. The state wins over `?preset` and
 * `?scenario`; when it is invalid, a notice names the problem and the query's choice stays.
 */
export async function readStartupState(search: string, hash: string): Promise<StartupState> {
  const options = readUrlOptions(search);
  const value = findStateParam(hash);
  if (value === null) return { options, restore: null };

  const result = await readSharedState(value);
  if (!result.ok) {
    const fallback = options.presetName ?? SHARE_STRINGS.addressScenario;
    return { options: { ...options, notices: [...options.notices, SHARE_STRINGS.invalidLink(result.reason, fallback)] }, restore: null };
  }

  const { state } = result;
  return {
    options: { ...options, scenario: state.scenario, presetName: state.presetName },
    restore: { inputs: state.inputs, atMs: state.atMs, notes: state.notes },
  };
}
