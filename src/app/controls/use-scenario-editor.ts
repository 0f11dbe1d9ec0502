import { useCallback } from 'react';
import { parseScenario } from '../../sim/scenario/parse';
import type { Scenario } from '../../sim/types';
import { useAppStoreApi } from '../store/store-context';

/**
 * Returns a function that applies a change to the edited scenario. The changed scenario goes
 * through the same validation as a loaded one, so the engine never runs an invalid scenario. The
 * function returns null when the change was applied, or the validation message when it was not.
 */
export function useScenarioEditor(): (change: (scenario: Scenario) => Scenario) => string | null {
  const store = useAppStoreApi();
  return useCallback(
    (change) => {
      const candidate = change(store.getState().scenario);
      const result = parseScenario(candidate);
      if (!result.ok) return result.errors.map((error) => error.message).join(' ');
      store.getState().editScenario(result.scenario);
      return null;
    },
    [store],
  );
}
