import { useSyncExternalStore } from 'react';
import { useEngine } from '../engine/engine-context';
import { formatSpeed } from '../format';
import { ROBUSTNESS_STRINGS } from '../robustness/robustness-strings';
import '../robustness/robustness.css';

const text = ROBUSTNESS_STRINGS.pace;

/**
 * Says how fast the run really plays while the simulation cannot keep up with the chosen speed, so
 * a slow run is not mistaken for a slow Lambda. Shows nothing while the run keeps pace.
 */
export function PaceNote() {
  const engine = useEngine();
  const pace = useSyncExternalStore(engine.subscribeDisplay, engine.getPace);
  if (!pace.behind) return null;

  // Plain text, not a live region: it changes a few times a second while behind.
  return (
    <span className="pace-note">
      {text.behind(formatSpeed(pace.actual), formatSpeed(pace.requested))}
      <span className="visually-hidden"> {text.behindHint}</span>
    </span>
  );
}
