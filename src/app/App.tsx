import { AnalysisSection } from './analysis/AnalysisSection';
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
import { ShareTools } from './share/ShareTools';
import type { RunToRestore } from './share/startup-state';
import { useAddressSync } from './share/use-address-sync';
import { useRestoreRun } from './share/use-restore-run';
import { selectSelection } from './store/selectors';
import { useAppStore } from './store/store-context';
import { STRINGS } from './strings';
import { NotesAtMoment } from './teaching/NotesAtMoment';
import { ShortcutsDialog } from './teaching/ShortcutsDialog';
import { TeachingBar } from './teaching/TeachingBar';
import { TourCard } from './teaching/TourCard';
import { useTeachingShortcuts } from './teaching/use-teaching-shortcuts';
import { useWorkshopMode } from './teaching/use-workshop-mode';
import { WorkshopBanner } from './teaching/WorkshopBanner';
import { LanesPanel } from '../views/lanes/LanesPanel';
import './app.css';

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
  const parts = layoutParts(embed, workshop);
  useRestoreRun(restore);
  // An embed leaves the host page's address alone.
  useAddressSync(!embed.embed);
  useEmbedBridge(embed);
  useTeachingShortcuts(true);

  return (
    <div className={embed.embed ? 'app is-embed' : 'app'}>
      {parts.chrome ? <Header /> : <EmbedBar />}
      {parts.chrome && <TeachingBar showEmbedCode={!workshop} />}
      <Notices />
      {parts.playback && <PlaybackBar />}
      {parts.timeline && <ShareTools sliderOnly={!parts.chrome || workshop} />}
      <WorkshopBanner />
      {parts.numbers && <LiveNumbers />}
      <NotesAtMoment />
      <main className="workspace">
        <div className="stage">
          <section className="panel lanes-panel" aria-label={STRINGS.app.regions.lanes}>
            <LanesPanel selection={selection} onSelect={select} />
          </section>
          {parts.inspector && (
            <div className="below-lanes">
              <RecentInvocations />
              <Inspector />
            </div>
          )}
          {/* Embeds stay small: the analysis views are for the full page. */}
          {!embed.embed && <AnalysisSection />}
        </div>
        {parts.settings && <ControlsPanel />}
      </main>
      <TourCard />
      <ShortcutsDialog />
      <LiveAnnouncer />
    </div>
  );
}
