import { useEffect, useState } from 'react';
import { EmbedCodeDialog } from '../embed/EmbedCodeDialog';
import { selectSelection } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { canGoFullScreen, toggleFullScreen } from './full-screen';
import { NoteForm } from './NoteForm';
import { useTeaching, useTeachingStoreApi } from './teaching-context';
import { TEACHING_STRINGS } from './teaching-strings';
import './teaching.css';

const text = TEACHING_STRINGS;

function useIsFullScreen(): boolean {
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const update = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return fullScreen;
}

/** Renders the presenter's buttons: tour, workshop mode, full screen, shortcuts, notes and the embed code. */
export function TeachingBar({ showEmbedCode }: { showEmbedCode: boolean }) {
  const teaching = useTeachingStoreApi();
  const store = useAppStoreApi();
  const workshop = useTeaching((state) => state.workshop);
  const announcement = useTeaching((state) => state.announcement);
  const selection = useAppStore(selectSelection);
  const fullScreen = useIsFullScreen();
  const actions = teaching.getState();

  return (
    <div className="teaching-bar">
      <button type="button" title={text.tour.startHint} onClick={() => actions.startTour()}>
        {text.tour.start}
      </button>
      <button type="button" aria-pressed={workshop} title={text.workshopHint} onClick={() => actions.setWorkshop(!workshop)}>
        {text.workshop}
      </button>
      {canGoFullScreen() && (
        <button type="button" aria-keyshortcuts="F" onClick={() => toggleFullScreen((message) => store.getState().showNotice(message))}>
          {fullScreen ? text.exitFullScreen : text.fullScreen}
        </button>
      )}
      <button
        type="button"
        title={selection?.kind === 'environment' ? text.notes.addHint : text.notes.needEnvironment}
        aria-keyshortcuts="A"
        disabled={selection?.kind !== 'environment'}
        onClick={() => actions.setNoteFormOpen(true)}
      >
        {text.notes.add}
      </button>
      <button type="button" aria-keyshortcuts="?" onClick={() => actions.setShortcutsOpen(true)}>
        {text.shortcutsButton}
      </button>
      {showEmbedCode && <EmbedCodeDialog />}
      <NoteForm />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
