import { createStore, type StoreApi } from 'zustand/vanilla';

/** Presenter state: workshop mode, the shortcuts overlay, the note form and the tour's place. */
export interface TeachingState {
  workshop: boolean;
  shortcutsOpen: boolean;
  /** Open while the teacher writes a note for the selected environment. */
  noteFormOpen: boolean;
  tourActive: boolean;
  /** Index of the tour step shown; kept when the tour is closed, so it can resume. */
  tourStep: number;
  /** Latest message for screen readers and the room, such as the name of the preset just loaded. */
  announcement: string;
  announce: (text: string) => void;
  setWorkshop: (on: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
  setNoteFormOpen: (open: boolean) => void;
  startTour: (step?: number) => void;
  goToStep: (step: number) => void;
  closeTour: () => void;
}

/** Values the teaching store starts from, such as `?workshop=1` or saved tour progress. */
export interface TeachingInit {
  workshop?: boolean;
  tourActive?: boolean;
  tourStep?: number;
}

/** Creates the presenter store; each app gets its own. */
export function createTeachingStore(init: TeachingInit = {}): StoreApi<TeachingState> {
  return createStore<TeachingState>()((set) => ({
    workshop: init.workshop ?? false,
    shortcutsOpen: false,
    noteFormOpen: false,
    tourActive: init.tourActive ?? false,
    tourStep: init.tourStep ?? 0,
    announcement: '',
    announce: (announcement) => set({ announcement }),
    setWorkshop: (workshop) => set({ workshop }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setNoteFormOpen: (noteFormOpen) => set({ noteFormOpen }),
    startTour: (step) => set((state) => ({ tourActive: true, tourStep: step ?? state.tourStep })),
    goToStep: (tourStep) => set({ tourStep }),
    closeTour: () => set({ tourActive: false }),
  }));
}
