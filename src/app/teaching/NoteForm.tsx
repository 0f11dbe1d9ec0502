import { useId, useState } from 'react';
import { useEngine } from '../engine/engine-context';
import { formatClock } from '../format';
import { MAX_NOTE_CHARS } from '../share/url-state';
import { selectSelection } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { useAnnotationStoreApi, useTeaching, useTeachingStoreApi } from './teaching-context';
import { TEACHING_STRINGS } from './teaching-strings';

const text = TEACHING_STRINGS.notes;

/** Renders the form that pins a note on the selected environment at the current simulated moment. */
export function NoteForm() {
  const open = useTeaching((state) => state.noteFormOpen);
  const selection = useAppStore(selectSelection);
  if (!open || selection?.kind !== 'environment') return null;
  return <OpenNoteForm environmentId={selection.id} />;
}

function OpenNoteForm({ environmentId }: { environmentId: number }) {
  const engine = useEngine();
  const annotations = useAnnotationStoreApi();
  const teaching = useTeachingStoreApi();
  const fieldId = useId();
  const [draft, setDraft] = useState('');
  // The moment is taken when the form opens, so a note typed while playing pins where the teacher pressed A.
  const [atMs] = useState(() => engine.getSnapshot().nowMs);
  const close = () => teaching.getState().setNoteFormOpen(false);

  return (
    <form
      className="note-form"
      aria-label={text.formTitle(environmentId, formatClock(atMs))}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = draft.trim();
        if (trimmed !== '') annotations.getState().add({ atMs, environmentId, text: trimmed });
        close();
      }}
    >
      <p className="note-form-title">{text.formTitle(environmentId, formatClock(atMs))}</p>
      <label htmlFor={fieldId}>{text.text}</label>
      <input
        id={fieldId}
        type="text"
        maxLength={MAX_NOTE_CHARS}
        value={draft}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      />
      <button type="submit" className="primary">
        {text.save}
      </button>
      <button type="button" onClick={close}>
        {text.cancel}
      </button>
    </form>
  );
}
