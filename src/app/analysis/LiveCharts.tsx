import { useCallback, useEffect, useMemo, useState } from 'react';
import { LatencyChart } from '../../views/charts/LatencyChart';
import { latencySamples } from '../../views/charts/latency-data';
import { useDisplaySnapshot, useEngine } from '../engine/engine-context';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { ANALYSIS_STRINGS } from './analysis-strings';
import { TimelineRecorder } from './timeline-recorder';
import { TimelineCharts } from './TimelineCharts';
import { useTimelineData } from './use-timeline-data';

/** Wall time between chart redraws while the run plays. */
const REDRAW_INTERVAL_MS = 500;

/**
 * Renders the charts of the live run and the latency of recent invocations. The recorder starts when
 * the charts open and replays the run so far. Clicking a moment pauses and seeks the run there, so
 * the lanes show it.
 */
export default function LiveCharts() {
  const engine = useEngine();
  const [recorder] = useState(() => new TimelineRecorder(engine, () => engine.getTimeline()));
  const pause = useAppStore((state) => state.pause);
  const scenario = useAppStore(selectScenario);
  useEffect(() => {
    recorder.start();
    return () => recorder.stop();
  }, [recorder]);

  const data = useTimelineData(recorder, REDRAW_INTERVAL_MS);
  const snapshot = useDisplaySnapshot();
  // Recomputed when the display snapshot changes, a few times a second while playing.
  const samples = useMemo(() => latencySamples(snapshot.recentInvocations), [snapshot]);

  const showMoment = useCallback(
    (timeMs: number) => {
      pause();
      engine.seek(timeMs);
    },
    [engine, pause],
  );

  return (
    <div className="analysis-view">
      <h2>{ANALYSIS_STRINGS.charts.heading}</h2>
      <p className="panel-note">{ANALYSIS_STRINGS.charts.intro}</p>
      <TimelineCharts data={data} scenario={scenario} onPick={showMoment} />
      <LatencyChart samples={samples} />
    </div>
  );
}
