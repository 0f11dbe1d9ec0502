import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { SeekProgress } from '../engine/engine';
import { useDisplaySnapshot, useEngine } from '../engine/engine-context';
import { formatClock } from '../format';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { SHARE_STRINGS } from './share-strings';

/** Positions on the slider; the arrow keys move by one, about 0.2% of the run. */
const SLIDER_STEPS = 500;

/**
 * Renders a slider over the whole run that rewinds and skips ahead. It follows the clock every frame by
 * setting its value directly, as the clock text does, and seeks at most once per animation frame
 * while dragged, because a seek back replays the run from its seed. While a long replay goes on over
 * frames, the thumb stays at its target and the hint shows how far the replay has come.
 */
export function TimeSlider() {
  const engine = useEngine();
  const durationMs = useAppStore(selectScenario).durationMs;
  const snapshot = useDisplaySnapshot();
  const inputRef = useRef<HTMLInputElement>(null);
  const pendingRef = useRef<number | null>(null);
  const frameRef = useRef(0);
  const hintId = useId();
  const stepMs = durationMs / SLIDER_STEPS;

  useLayoutEffect(() => {
    const show = (nowMs: number) => {
      const input = inputRef.current;
      if (!input || pendingRef.current !== null) return;
      const shownMs = engine.getSeekProgress()?.targetMs ?? nowMs;
      input.value = String(shownMs);
      input.setAttribute('aria-valuetext', formatClock(shownMs));
    };
    show(engine.getSnapshot().nowMs);
    return engine.subscribe((next) => show(next.nowMs));
  }, [engine, durationMs]);

  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  const seekSoon = (timeMs: number) => {
    pendingRef.current = timeMs;
    if (frameRef.current !== 0) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = 0;
      const target = pendingRef.current;
      pendingRef.current = null;
      if (target !== null) engine.seek(target);
    });
  };

  return (
    <div className="time-slider">
      <label>
        <span className="time-slider-label">{SHARE_STRINGS.timeSlider}</span>
        <input
          ref={inputRef}
          type="range"
          min={0}
          max={durationMs}
          step={stepMs}
          defaultValue={0}
          aria-describedby={hintId}
          onInput={(event) => seekSoon(Number(event.currentTarget.value))}
        />
      </label>
      <p id={hintId} className="time-slider-hint">
        {hint(engine.getSeekProgress(), engine.getTimeline().hasFuture && snapshot.nowMs < durationMs)}
      </p>
    </div>
  );
}

/** Picks the hint under the slider: a replay's progress, the note about forking the run, or how to use it. */
function hint(seek: SeekProgress | null, backInTheRun: boolean): string {
  if (seek !== null) return SHARE_STRINGS.seeking(formatClock(seek.targetMs), `${Math.floor(seek.fraction * 100)} %`);
  return backInTheRun ? SHARE_STRINGS.forkNote : SHARE_STRINGS.timeSliderHint;
}
