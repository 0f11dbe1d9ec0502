import { useId, useRef } from 'react';
import { selectEnded, selectPlaying, selectScenario, selectSpeed } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { useEngine } from '../engine/engine-context';
import { formatSpeed } from '../format';
import { STRINGS } from '../strings';
import { SPEED_MAX, SPEED_MIN } from '../store/app-state';
import { fromSliderMove, LOG_SLIDER_STEPS, toSliderPosition } from '../controls/slider-scale';
import { PaceNote } from './PaceNote';
import { SimClock } from './SimClock';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useStickyHeight } from './use-sticky-height';

const text = STRINGS.playback;

/** Play, pause, step, restart, new seed and speed, with the simulated clock always in view. */
export function PlaybackBar() {
  const engine = useEngine();
  const playing = useAppStore(selectPlaying);
  const ended = useAppStore(selectEnded);
  const speed = useAppStore(selectSpeed);
  const seed = useAppStore(selectScenario).seed;
  const togglePlaying = useAppStore((state) => state.togglePlaying);
  const restart = useAppStore((state) => state.restart);
  const newSeed = useAppStore((state) => state.newSeed);
  const setSpeed = useAppStore((state) => state.setSpeed);
  const speedId = useId();
  const barRef = useRef<HTMLElement>(null);
  useKeyboardShortcuts();
  useStickyHeight(barRef, '--playback-bar-height');

  let playLabel: string = text.play;
  if (playing) playLabel = text.pause;
  else if (ended) playLabel = text.replay;

  return (
    <section ref={barRef} className="playback-bar" aria-label={STRINGS.app.regions.playback}>
      <div className="playback-buttons">
        <button type="button" className="primary play-button" onClick={togglePlaying} aria-keyshortcuts="Space">
          <span aria-hidden="true" className="button-icon">
            {playing ? '❚❚' : '▶'}
          </span>
          {playLabel}
        </button>
        <button type="button" onClick={() => engine.step()} aria-keyshortcuts="ArrowRight">
          {text.step}
        </button>
        <button type="button" onClick={restart} aria-keyshortcuts="R">
          {text.restart}
        </button>
        <button type="button" onClick={newSeed}>
          {text.newSeed}
        </button>
      </div>

      <div className="speed-control">
        <label htmlFor={speedId}>{text.speed}</label>
        <input
          id={speedId}
          type="range"
          min={0}
          max={LOG_SLIDER_STEPS}
          step={1}
          value={toSliderPosition(speed, SPEED_MIN, SPEED_MAX, 'log')}
          aria-valuetext={text.speedValue(formatSpeed(speed))}
          aria-keyshortcuts="+ -"
          onChange={(event) => setSpeed(fromSliderMove(Number(event.target.value), speed, SPEED_MIN, SPEED_MAX, 'log', 0.1))}
        />
        <output className="speed-value" htmlFor={speedId}>
          {text.speedValue(formatSpeed(speed))}
        </output>
        <PaceNote />
      </div>

      <SimClock />
      <span className="seed">{text.seed(seed)}</span>
      <p className="shortcuts">{text.shortcuts}</p>

      {ended && (
        <p className="ended-message" role="status">
          {text.ended}
        </p>
      )}
    </section>
  );
}
