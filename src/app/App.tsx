import { ControlsPanel } from './controls/ControlsPanel';
import { Header } from './Header';
import { Inspector } from './inspector/Inspector';
import { RecentInvocations } from './inspector/RecentInvocations';
import { Notices } from './Notices';
import { LiveNumbers } from './numbers/LiveNumbers';
import { PlaybackBar } from './playback/PlaybackBar';
import { selectSelection } from './store/selectors';
import { useAppStore } from './store/store-context';
import { STRINGS } from './strings';
import { LanesPanel } from '../views/lanes/LanesPanel';
import './app.css';

/** Lays out the whole page: header, playback, live numbers, the lanes with the inspector below, settings on the side. */
export function App() {
  const selection = useAppStore(selectSelection);
  const select = useAppStore((state) => state.select);

  return (
    <div className="app">
      <Header />
      <Notices />
      <PlaybackBar />
      <LiveNumbers />
      <main className="workspace">
        <div className="stage">
          <section className="panel lanes-panel" aria-label={STRINGS.app.regions.lanes}>
            <LanesPanel selection={selection} onSelect={select} />
          </section>
          <div className="below-lanes">
            <RecentInvocations />
            <Inspector />
          </div>
        </div>
        <ControlsPanel />
      </main>
    </div>
  );
}
