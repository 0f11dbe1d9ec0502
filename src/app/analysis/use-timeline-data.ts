import { useEffect, useState } from 'react';
import type { TimelineData } from '../../sim/timeline';
import type { TimelineRecorder } from './timeline-recorder';

/**
 * Returns the recorder's data, re-read at most every `intervalMs` of wall time: the recorder changes
 * every frame, and redrawing charts that often would cost frames to the lanes. A change between two
 * reads is picked up by a trailing read, so the last state after a pause is shown.
 */
export function useTimelineData(recorder: TimelineRecorder, intervalMs: number): TimelineData {
  const [data, setData] = useState(recorder.getData);

  useEffect(() => {
    let lastRead = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      trailing = undefined;
      lastRead = performance.now();
      setData(recorder.getData());
    };
    const unsubscribe = recorder.subscribe(() => {
      const wait = intervalMs - (performance.now() - lastRead);
      if (wait <= 0) read();
      else trailing ??= setTimeout(read, wait);
    });
    read();
    return () => {
      unsubscribe();
      if (trailing !== undefined) clearTimeout(trailing);
    };
  }, [recorder, intervalMs]);

  return data;
}
