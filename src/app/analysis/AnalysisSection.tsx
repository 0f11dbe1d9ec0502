import { lazy, Suspense, useState } from 'react';
import { SECTION_STRINGS } from './section-strings';
import './analysis.css';

// Each view loads on first use, so the page's first bundle (and an embed's) does not carry D3 charts,
// the compare engine or the workers.
const LiveCharts = lazy(() => import('./LiveCharts'));
const ComparePanel = lazy(() => import('./compare/ComparePanel'));
const FastForwardPanel = lazy(() => import('./fast-forward/FastForwardPanel'));
const TraceImportPanel = lazy(() => import('./traces/TraceImportPanel'));

type AnalysisView = keyof typeof SECTION_STRINGS.views;

const VIEWS = Object.keys(SECTION_STRINGS.views) as AnalysisView[];

/** Renders the analysis area under the lanes: buttons that open one view at a time, each loaded on first use. */
export function AnalysisSection() {
  const [view, setView] = useState<AnalysisView | null>(null);

  return (
    <section className="panel analysis" aria-label={SECTION_STRINGS.region}>
      <div className="analysis-tabs" role="group" aria-label={SECTION_STRINGS.tabs}>
        {VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={view === name}
            onClick={() => setView((open) => (open === name ? null : name))}
          >
            {SECTION_STRINGS.views[name]}
          </button>
        ))}
      </div>
      <Suspense fallback={<p className="panel-note">{SECTION_STRINGS.loading}</p>}>
        {view === 'charts' && <LiveCharts />}
        {view === 'compare' && <ComparePanel />}
        {view === 'fastForward' && <FastForwardPanel />}
        {view === 'traces' && <TraceImportPanel />}
      </Suspense>
    </section>
  );
}
