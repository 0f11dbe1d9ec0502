import { useEffect, useRef, useState } from 'react';
import type { FrameSource } from '../../app/engine/frame-source';
import type { SimulationSnapshot } from '../../sim/types';

/**
 * Returns `derive(snapshot)`, refreshed at most every `intervalMs` of wall-clock time, for React parts
 * that must not re-render on every frame (text, counts, the keyboard list). A change that arrives
 * between samples is picked up by a trailing sample, so the last state after a pause is never missed.
 * `derive` and `equal` must be stable, for example module-level functions.
 */
export function useSampledFrame<T>(
  source: FrameSource,
  intervalMs: number,
  derive: (snapshot: SimulationSnapshot) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const [value, setValue] = useState(() => derive(source.getSnapshot()));
  const valueRef = useRef(value);

  useEffect(() => {
    let lastSample = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;

    const sample = () => {
      trailing = undefined;
      lastSample = performance.now();
      const next = derive(source.getSnapshot());
      if (!equal(valueRef.current, next)) {
        valueRef.current = next;
        setValue(next);
      }
    };

    const unsubscribe = source.subscribe(() => {
      const wait = intervalMs - (performance.now() - lastSample);
      if (wait <= 0) sample();
      else trailing ??= setTimeout(sample, wait);
    });
    sample();

    return () => {
      unsubscribe();
      if (trailing !== undefined) clearTimeout(trailing);
    };
  }, [source, intervalMs, derive, equal]);

  return value;
}
