import { PRESETS } from '../../sim/presets';
import { selectPresetName } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { SOURCE_EVENT_STRINGS as text } from './source-event-strings';
import './source-events.css';

/** Shows the current preset's one-line caption of what to watch, or nothing for a scenario of one's own. */
export function LessonCaption() {
  const presetName = useAppStore(selectPresetName);
  if (presetName === null) return null;
  return (
    <p className="lesson-caption">
      <strong>{text.lesson}:</strong> {PRESETS[presetName].caption}
    </p>
  );
}
