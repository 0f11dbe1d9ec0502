import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EngineProvider } from './app/engine/engine-context';
import { createAppStore } from './app/store/app-store';
import { AppStoreProvider } from './app/store/store-context';
import { readStartupState } from './app/share/startup-state';
import { createAnnotationStore } from './app/teaching/annotation-store';
import { TeachingProvider } from './app/teaching/teaching-context';
import { createTeachingStore } from './app/teaching/teaching-store';
import { loadTourProgress } from './app/teaching/tour-progress';
import { TOUR_STEPS } from './app/teaching/tour-steps';
import { readEmbedOptions } from './app/embed/embed-options';

// A `#s=` link is decompressed asynchronously, which takes a few milliseconds before the first render.
const { options, restore } = await readStartupState(window.location.search, window.location.hash);
const embed = readEmbedOptions(window.location.search);
const annotations = createAnnotationStore(restore?.notes);
// Saved tour progress resumes the tour after a reload, and ?tour=1 starts it at the saved step. An
// embed shows the tour only when its address has tour=1.
const tourProgress = loadTourProgress(TOUR_STEPS.length);
const teaching = createTeachingStore({
  workshop: !embed.embed && new URLSearchParams(window.location.search).get('workshop') === '1',
  tourActive: embed.tour || (!embed.embed && (tourProgress?.active ?? false)),
  tourStep: tourProgress?.step ?? 0,
});
const store = createAppStore({
  scenario: options.scenario,
  presetName: options.presetName,
  speed: options.speed,
  playing: options.autoplay,
  notices: [...options.notices, ...embed.notices],
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root".');

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <EngineProvider>
        <TeachingProvider annotations={annotations} teaching={teaching}>
          <App restore={restore} embed={embed} />
        </TeachingProvider>
      </EngineProvider>
    </AppStoreProvider>
  </StrictMode>,
);
