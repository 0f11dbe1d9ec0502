import { useEffect, useState } from 'react';
import type { CompareSession } from './compare-session';

/**
 * Returns a number that changes at most every `intervalMs` of wall time while the session moves, so
 * text and charts re-render a few times a second instead of every frame. A trailing tick catches the
 * last move before a pause.
 */
export function useSessionTick(session: CompareSession, intervalMs: number): number {
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let last = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const fire = () => {
      trailing = undefined;
      last = performance.now();
      setTick((value) => value + 1);
    };
    const unsubscribe = session.sides[0].subscribe(() => {
      const wait = intervalMs - (performance.now() - last);
      if (wait <= 0) fire();
      else trailing ??= setTimeout(fire, wait);
    });
    return () => {
      unsubscribe();
      if (trailing !== undefined) clearTimeout(trailing);
    };
  }, [session, intervalMs]);

  return tick;
}
