import { useEffect, useState } from 'react';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';
import type { TourStep } from './tour-steps';

/**
 * Watches the run for the current step's task and returns whether the learner has done it. Once
 * done, the task stays done for this visit of the step, even if the learner undoes the change.
 */
export function useTourTask(step: TourStep | undefined, active: boolean): boolean {
  const engine = useEngine();
  const store = useAppStoreApi();
  const [doneStep, setDoneStep] = useState<TourStep | null>(null);

  useEffect(() => {
    const isDone = step?.isDone;
    if (!active || !step || !isDone) return;

    const check = () => {
      if (isDone({ scenario: store.getState().scenario, snapshot: engine.getDisplaySnapshot() })) setDoneStep(step);
    };
    const unsubscribeStore = store.subscribe(check);
    const unsubscribeEngine = engine.subscribeDisplay(check);
    return () => {
      unsubscribeStore();
      unsubscribeEngine();
    };
  }, [active, step, store, engine]);

  return doneStep !== null && doneStep === step;
}
