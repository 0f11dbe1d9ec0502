import { useCallback, useMemo, useState } from 'react';
import { CHART_STRINGS } from '../../../views/charts/chart-strings';
import { LanesPanel } from '../../../views/lanes/LanesPanel';
import { TimeChart } from '../../../views/charts/TimeChart';
import { concurrencyModel, costModel } from '../../../views/charts/timeline-charts';
import { useEngine } from '../../engine/engine-context';
import { FrameSourceContext } from '../../engine/frame-source';
import type { Selection } from '../../selection';
import { useAppStore } from '../../store/store-context';
import type { CompareSide } from './compare-session';

/** Props of {@link CompareSideView}. */
export interface CompareSideViewProps {
  side: CompareSide;
  heading: string;
  /** Changes when the charts should read the side again. */
  tick: number;
}

/** Renders one side of a comparison: its lanes, drawn from its own simulation, and its concurrency and cost charts. */
export function CompareSideView({ side, heading, tick }: CompareSideViewProps) {
  const engine = useEngine();
  const pause = useAppStore((state) => state.pause);
  const [selection, setSelection] = useState<Selection | null>(null);
  // The tick, not the side, changes when the timeline has new data.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => side.timelineData(), [side, tick]);
  const scenario = side.scenario;
  const concurrency = useMemo(() => concurrencyModel(data, scenario.platform, scenario.durationMs), [data, scenario]);
  const cost = useMemo(() => costModel(data, scenario.durationMs), [data, scenario]);

  // Seeking the live engine moves both sides, because the session follows its frames.
  const showMoment = useCallback(
    (timeMs: number) => {
      pause();
      engine.seek(timeMs);
    },
    [engine, pause],
  );

  return (
    <section className="compare-side" aria-label={heading}>
      <h3>{heading}</h3>
      <FrameSourceContext.Provider value={side}>
        <div className="compare-lanes">
          <LanesPanel selection={selection} onSelect={setSelection} />
        </div>
      </FrameSourceContext.Provider>
      <TimeChart title={CHART_STRINGS.concurrency.title} model={concurrency} onPick={showMoment} />
      <TimeChart title={CHART_STRINGS.cost.title} model={cost} onPick={showMoment} />
    </section>
  );
}
