import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from './app-state';

const AppStoreContext = createContext<StoreApi<AppStore> | null>(null);

/** Makes one app store available to the components below. */
export function AppStoreProvider({ store, children }: { store: StoreApi<AppStore>; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** Returns the store itself, for code that reads state outside rendering (event handlers, the engine). */
export function useAppStoreApi(): StoreApi<AppStore> {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside an AppStoreProvider.');
  return store;
}

/** Reads one slice of the app store; the component re-renders only when that slice changes. */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(useAppStoreApi(), selector);
}
