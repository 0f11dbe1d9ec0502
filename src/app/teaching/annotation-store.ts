import { createStore, type StoreApi } from 'zustand/vanilla';

/** A note a teacher pinned on an environment at a simulated moment. */
export interface Annotation {
  id: number;
  atMs: number;
  environmentId: number;
  text: string;
}

/** The notes of the current run, and the actions that change them. */
export interface AnnotationState {
  notes: Annotation[];
  add: (note: Omit<Annotation, 'id'>) => void;
  remove: (id: number) => void;
  clear: () => void;
}

/** Creates the store of pinned notes, optionally with notes read from a link. */
export function createAnnotationStore(initial: readonly Omit<Annotation, 'id'>[] = []): StoreApi<AnnotationState> {
  let nextId = 1;
  const withId = (note: Omit<Annotation, 'id'>): Annotation => ({ ...note, id: nextId++ });

  return createStore<AnnotationState>()((set) => ({
    notes: initial.map(withId),
    // Notes stay sorted by moment, so the list and a link read in time order.
    add: (note) => set((state) => ({ notes: [...state.notes, withId(note)].sort((a, b) => a.atMs - b.atMs) })),
    remove: (id) => set((state) => ({ notes: state.notes.filter((note) => note.id !== id) })),
    clear: () => set({ notes: [] }),
  }));
}
