import { useEffect, useState } from 'react';
import { formatScenarioErrors, parseScenario } from '../../../sim/scenario/parse';
import type { Scenario } from '../../../sim/types';
import { useEngine } from '../../engine/engine-context';
import { useAppStoreApi } from '../../store/store-context';
import { CompareSession } from './compare-session';
import { COMPARISONS, type ComparisonKey } from './variants';

/** Returns the two scenarios of a comparison, or the text of why one of them is invalid. */
export function comparedScenarios(base: Scenario, key: ComparisonKey): [Scenario, Scenario] | string {
  const results = COMPARISONS[key].sides.map((side) => parseScenario(side.apply(base)));
  const problems = results.flatMap((result, index) =>
    result.ok ? [] : [`${COMPARISONS[key].sides[index].label}: ${formatScenarioErrors(result.errors)}`],
  );
  if (problems.length > 0) return problems.join(' ');
  return results.map((result) => (result.ok ? result.scenario : base)) as [Scenario, Scenario];
}

/**
 * Runs a comparison of the app's scenario in lockstep with the live engine: every frame moves both
 * sides to the engine's moment, a new run restarts them, and edited settings apply to both from now
 * on. Returns the session, the text of why the comparison cannot run with these settings, or null
 * before the first render's effect created it.
 */
export function useCompareSession(key: ComparisonKey): CompareSession | string | null {
  const engine = useEngine();
  const store = useAppStoreApi();
  const [session, setSession] = useState<CompareSession | string | null>(null);

  useEffect(() => {
    let created: CompareSession | null = null;

    /** Moves the session to the app's scenario, creating it the first time both sides are valid. */
    const follow = (scenario: Scenario, newRun: boolean) => {
      const scenarios = comparedScenarios(scenario, key);
      if (typeof scenarios === 'string') {
        setSession(scenarios);
        return;
      }
      if (created === null) {
        created = new CompareSession(scenarios);
        created.moveTo(engine.getSnapshot().nowMs);
      } else if (newRun) {
        created.reset(scenarios);
      } else {
        created.reconfigure(scenarios);
      }
      setSession(created);
    };

    follow(store.getState().scenario, false);
    const unsubscribeFrames = engine.subscribe((snapshot) => created?.moveTo(snapshot.nowMs));
    const unsubscribeStore = store.subscribe((state, previous) => {
      if (state.run !== previous.run || state.scenario !== previous.scenario) follow(state.scenario, state.run !== previous.run);
    });
    return () => {
      unsubscribeFrames();
      unsubscribeStore();
      created?.dispose();
    };
  }, [engine, store, key]);

  return session;
}
