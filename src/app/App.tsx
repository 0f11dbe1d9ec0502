import { useMemo } from 'react';
import { AnalysisSection } from './analysis/AnalysisSection';
import { SECTION_STRINGS } from './analysis/section-strings';
import { ControlsPanel } from './controls/ControlsPanel';
import { EmbedBar } from './embed/EmbedBar';
import type { EmbedOptions } from './embed/embed-options';
import { layoutParts } from './embed/layout-parts';
import { useEmbedBridge } from './embed/use-embed-bridge';
import { Header } from './Header';
import { Inspector } from './inspector/Inspector';
import { RecentInvocations } from './inspector/RecentInvocations';
import { Notices } from './Notices';
import { LiveNumbers } from './numbers/LiveNumbers';
import { PlaybackBar } from './playback/PlaybackBar';
import { LiveAnnouncer } from './robustness/LiveAnnouncer';
import { PanelBoundary } from './robustness/PanelBoundary';
import { ROBUSTNESS_STRINGS } from './robustness/robustness-strings';
import { ShareTools } from './share/ShareTools';
import type { RunToRestore } from './share/startup-state';
import { useAddressSync } from './share/use-address-sync';
import { useRestoreRun } from './share/use-restore-run';
import { PRESETS } from '../sim/presets';
import { selectLargeText, selectPresetName, selectScenario, selectSelection } from './store/selectors';
import { useAppStore } from './store/store-context';
import { STRINGS } from './strings';
import { NotePins } from './teaching/NotePins';
import { ShortcutsDialog } from './teaching/ShortcutsDialog';
import { TeachingBar } from './teaching/TeachingBar';
import { TourCard } from './teaching/TourCard';
import { useTeachingShortcuts } from './teaching/use-teaching-shortcuts';
import { useWorkshopMode } from './teaching/use-workshop-mode';
import { WorkshopBanner } from './teaching/WorkshopBanner';
import { canDiscardEvents } from '../views/lanes/failure-trays';
import { lanesDisplay } from '../views/lanes/lanes-display';
import { LanesPanel } from '../views/lanes/LanesPanel';
import './app.css';

const regions = STRINGS.app.regions;
const panelNames = ROBUSTNESS_STRINGS.panelNames;

/** Props of {@link App}. */
export interface AppProps {
  /** A run a `#s=` link asked for, replayed once when the app mounts. */
  restore?: RunToRestore | null;
  /** Embed mode and its options; the full app when `embed.embed` is false. */
  embed: EmbedOptions;
}

/** Lays out the whole page: header, playback, live numbers, the lanes with the inspector below, settings on the side. */
export function App({ restore = null, embed }: AppProps) {
  const selection = useAppStore(selectSelection);
  const select = useAppStore((state) => state.select);
  const workshop = useWorkshopMode(!embed.embed);
  const largeText = useAppStore(selectLargeText);
  // The options give the canvas thick lanes and bigger text, as the page's CSS does for its own type.
  const display = useMemo(() => lanesDisplay(workshop, largeText), [workshop, largeText]);
  const presetName = useAppStore(selectPresetName);
  // A lesson whose story spans minutes starts with a window wide enough to show it.
  const windowMs = presetName === null ? undefined : PRESETS[presetName].view?.windowMs;
  const scenario = useAppStore(selectScenario);
  const discardTrays = useMemo(() => canDiscardEvents(scenario), [scenario]);
  const parts = layoutParts(embed, workshop);
  useRestoreRun(restore);
  // An embed leaves the host page's address alone.
  useAddressSync(!embed.embed);
  useEmbedBridge(embed);
  useTeachingShortcuts(true);

  return (
    <div className={embed.embed ? 'app is-embed' : 'app'}>
      {parts.chrome ? <Header /> : <EmbedBar />}
      {parts.chrome && (
        <PanelBoundary id="teaching" name={panelNames.teaching}>
          <TeachingBar showEmbedCode={!workshop} />
        </PanelBoundary>
      )}
      <Notices />
      {parts.playback && (
        <PanelBoundary id="playback" name={regions.playback}>
          <PlaybackBar />
        </PanelBoundary>
      )}
      {parts.timeline && (
        <PanelBoundary id="timeline" name={panelNames.timeline}>
          <ShareTools sliderOnly={!parts.chrome || workshop} />
        </PanelBoundary>
      )}
      <WorkshopBanner />
      <main className="workspace">
        <div className="stage">
          <section className="panel lanes-panel" aria-label={STRINGS.app.regions.lanes}>
            <PanelBoundary id="lanes" name={regions.lanes}>
              <LanesPanel
                selection={selection}
                onSelect={select}
                display={display}
                pins={<NotePins />}
                windowMs={windowMs}
                windowKey={presetName ?? ''}
                discardTrays={discardTrays}
              />
            </PanelBoundary>
          </section>
          {/* Below the lanes, so that on a laptop or projector screen the lanes show without scrolling. */}
          {parts.numbers && (
            <PanelBoundary id="numbers" name={regions.numbers}>
              <LiveNumbers />
            </PanelBoundary>
          )}
          {parts.inspector && (
            <div className="below-lanes">
              <PanelBoundary id="inspector" name={regions.inspector}>
                <RecentInvocations />
                <Inspector />
              </PanelBoundary>
            </div>
          )}
          {/* Embeds stay small: the analysis views are for the full page. */}
          {!embed.embed && (
            <PanelBoundary id="analysis" name={SECTION_STRINGS.region}>
              <AnalysisSection />
            </PanelBoundary>
          )}
        </div>
        {parts.settings && (
          <PanelBoundary id="settings" name={regions.controls}>
            <ControlsPanel />
          </PanelBoundary>
        )}
      </main>
      <PanelBoundary id="tour" name={panelNames.tour}>
        <TourCard />
      </PanelBoundary>
      <ShortcutsDialog />
      <LiveAnnouncer />
    </div>
  );
}
