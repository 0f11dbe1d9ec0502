import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EngineProvider } from './app/engine/engine-context';
import { createAppStore } from './app/store/app-store';
import { AppStoreProvider } from './app/store/store-context';
import { readUrlOptions } from './app/url-options';

const options = readUrlOptions(window.location.search);
const store = createAppStore({
  scenario: options.scenario,
  presetName: options.presetName,
  speed: options.speed,
  playing: options.autoplay,
  notices: options.notices,
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root".');

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <EngineProvider>
        <App />
      </EngineProvider>
    </AppStoreProvider>
  </StrictMode>,
);
