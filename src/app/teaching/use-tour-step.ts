import { useEffect } from 'react';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';
import type { TourStep } from './tour-steps';

/** Class that outlines the element a tour step talks about. */
const HIGHLIGHT_CLASS = 'tour-highlight';

/**
 * Sets up the run for a tour step when it opens and highlights its element while it is shown. The
 * element is looked up after the next frame, because the setup may have re-rendered the page.
 */
export function useTourStep(step: TourStep | undefined, active: boolean): void {
  const engine = useEngine();
  const store = useAppStoreApi();

  useEffect(() => {
    if (!active || !step) return;
    step.setup({ store, engine });

    let highlighted: Element | null = null;
    const frame = requestAnimationFrame(() => {
      highlighted = step.target(document);
      highlighted?.classList.add(HIGHLIGHT_CLASS);
      highlighted?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
    return () => {
      cancelAnimationFrame(frame);
      highlighted?.classList.remove(HIGHLIGHT_CLASS);
    };
  }, [active, step, store, engine]);
}
