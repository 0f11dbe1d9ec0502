import { useDisplaySnapshot } from '../engine/engine-context';
import { formatClock } from '../format';
import { useAnnotations } from './teaching-context';
import { TEACHING_STRINGS } from './teaching-strings';

/**
 * Share of the run around a note's moment during which it shows: 10% of the run after it and a
 * little before, so a note stays up long enough to read at 1× and appears as playback reaches it.
 */
const SHOW_AFTER_SHARE = 0.1;
const SHOW_BEFORE_SHARE = 0.01;

const text = TEACHING_STRINGS.notes;

/** Shows the pinned notes whose moment is near the simulated clock, each with a button to remove it. */
export function NotesAtMoment() {
  const snapshot = useDisplaySnapshot();
  const notes = useAnnotations((state) => state.notes);
  const remove = useAnnotations((state) => state.remove);
  const { nowMs, durationMs } = snapshot;
  const shown = notes.filter(
    (note) => nowMs >= note.atMs - SHOW_BEFORE_SHARE * durationMs && nowMs <= note.atMs + SHOW_AFTER_SHARE * durationMs,
  );
  if (shown.length === 0) return null;

  return (
    <section className="notes-at-moment" aria-label={text.shown}>
      <ul>
        {shown.map((note) => (
          <li key={note.id} className="note-callout">
            <span className="note-pin" aria-hidden="true" />
            <span className="note-where">{text.pinned(note.environmentId, formatClock(note.atMs))}</span>
            <span className="note-text">{note.text}</span>
            <button type="button" className="note-remove" aria-label={text.remove(note.environmentId)} onClick={() => remove(note.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
