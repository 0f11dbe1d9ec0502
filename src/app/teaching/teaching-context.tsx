import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { AnnotationState } from './annotation-store';
import type { TeachingState } from './teaching-store';

interface TeachingStores {
  annotations: StoreApi<AnnotationState>;
  teaching: StoreApi<TeachingState>;
}

const TeachingContext = createContext<TeachingStores | null>(null);

/** Makes the pinned notes and the presenter state of this app available to the components below. */
export function TeachingProvider({ children, ...stores }: TeachingStores & { children: ReactNode }) {
  return <TeachingContext.Provider value={stores}>{children}</TeachingContext.Provider>;
}

function useStores(): TeachingStores {
  const stores = useContext(TeachingContext);
  if (!stores) throw new Error('Teaching hooks must be used inside a TeachingProvider.');
  return stores;
}

/** Returns the notes store itself, for code that reads it outside rendering. */
export function useAnnotationStoreApi(): StoreApi<AnnotationState> {
  return useStores().annotations;
}

/** Reads one slice of the notes store. */
export function useAnnotations<T>(selector: (state: AnnotationState) => T): T {
  return useStore(useStores().annotations, selector);
}

/** Returns the presenter store itself. */
export function useTeachingStoreApi(): StoreApi<TeachingState> {
  return useStores().teaching;
}

/** Reads one slice of the presenter store. */
export function useTeaching<T>(selector: (state: TeachingState) => T): T {
  return useStore(useStores().teaching, selector);
}
