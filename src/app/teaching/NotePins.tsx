import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLanesLocator } from '../../views/lanes/lanes-locator';
import { formatClock } from '../format';
import type { Annotation } from './annotation-store';
import { useAnnotations } from './teaching-context';
import { TEACHING_STRINGS } from './teaching-strings';

const text = TEACHING_STRINGS.notes;

/** Past this share of the stage's width a note's bubble opens to the left of its pin, so it stays on the stage. */
const FLIP_SHARE = 0.6;

/**
 * Room a bubble needs above its lane, in CSS pixels: two lines of note text and the pin. A lane
 * closer than this to the stage's top gets its bubble below, so the bubble never covers the controls.
 */
const ROOM_ABOVE_PX = 80;

/**
 * Pins each note on its environment's lane at its moment, with the note in a bubble beside the pin.
 * A note shows once playback has reached its moment and while that spot is on screen. The pins move
 * with the lanes on every frame through the lanes' locator, without re-rendering React.
 */
export function NotePins() {
  const locator = useLanesLocator();
  const notes = useAnnotations((state) => state.notes);
  const remove = useAnnotations((state) => state.remove);
  const sectionRef = useRef<HTMLElement>(null);
  const items = useRef(new Map<number, HTMLLIElement>());
  const notesRef = useRef<readonly Annotation[]>(notes);

  const place = useCallback(() => {
    const section = sectionRef.current;
    if (!locator || !section) return;
    const nowMs = locator.nowMs();
    const flipAt = locator.width() * FLIP_SHARE;
    let visible = 0;
    for (const note of notesRef.current) {
      const item = items.current.get(note.id);
      if (!item) continue;
      const point = note.atMs <= nowMs ? locator.locate(note.environmentId, note.atMs) : null;
      item.hidden = point === null;
      if (point === null) continue;
      visible++;
      item.style.transform = `translate(${point.x.toFixed(1)}px, ${point.y.toFixed(1)}px)`;
      item.style.setProperty('--lane-half', `${point.halfHeight.toFixed(1)}px`);
      item.classList.toggle('is-flipped', point.x > flipAt);
      item.classList.toggle('is-below', point.y - point.halfHeight < ROOM_ABOVE_PX);
    }
    // An empty region would still be announced as a landmark, so it hides with its last pin.
    section.hidden = visible === 0;
  }, [locator]);

  useLayoutEffect(() => {
    notesRef.current = notes;
    place();
  }, [notes, place]);

  useEffect(() => locator?.subscribe(place), [locator, place]);

  if (!locator || notes.length === 0) return null;

  return (
    <section ref={sectionRef} className="note-pins" aria-label={text.shown} hidden>
      <ul>
        {notes.map((note) => (
          <li
            key={note.id}
            hidden
            className="note-pin-item"
            ref={(element) => {
              if (element) items.current.set(note.id, element);
              else items.current.delete(note.id);
            }}
          >
            <span className="note-pin" aria-hidden="true" />
            <div className="note-bubble">
              <span className="note-where">{text.pinned(note.environmentId, formatClock(note.atMs))}</span>
              <span className="note-text">{note.text}</span>
              <button type="button" className="note-remove" aria-label={text.remove(note.environmentId)} onClick={() => remove(note.id)}>
                ×
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
