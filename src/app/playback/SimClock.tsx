import { useLayoutEffect, useRef } from 'react';
import { useFrameSource } from '../engine/frame-source';
import { formatClock } from '../format';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';

/**
 * Shows the simulated clock. It follows every animation frame by writing the text directly, because
 * a React render per frame would cost more than the clock is worth. React renders the span empty and
 * never touches its text, so the two never overwrite each other.
 */
export function SimClock() {
  const frames = useFrameSource();
  const timeRef = useRef<HTMLSpanElement>(null);
  const durationMs = useAppStore(selectScenario).durationMs;

  // A layout effect fills the text before the first paint, so the clock never shows empty.
  useLayoutEffect(() => {
    const show = (nowMs: number) => {
      if (timeRef.current) timeRef.current.textContent = formatClock(nowMs);
    };
    show(frames.getSnapshot().nowMs);
    return frames.subscribe((snapshot) => show(snapshot.nowMs));
  }, [frames]);

  return (
    <div className="sim-clock">
      <span className="sim-clock-label">{STRINGS.playback.clock}</span>
      <span className="sim-clock-time" role="timer" aria-label={STRINGS.playback.clock} ref={timeRef} />
      <span className="sim-clock-total">{STRINGS.playback.clockOf(formatClock(durationMs))}</span>
    </div>
  );
}
