import { useMemo } from 'react';
import type { TimelineData } from '../../sim/timeline';
import type { Scenario } from '../../sim/types';
import { CHART_STRINGS } from '../../views/charts/chart-strings';
import { TimeChart } from '../../views/charts/TimeChart';
import { coldShareModel, concurrencyModel, costModel, environmentsModel, shareGroupSize } from '../../views/charts/timeline-charts';
import { formatDuration } from '../format';
import { CostPrices } from './CostPrices';

/** Props of {@link TimelineCharts}. */
export interface TimelineChartsProps {
  data: TimelineData;
  /** The scenario the data comes from, for its scaling model, architecture and planned length. */
  scenario: Scenario;
  onPick: (timeMs: number) => void;
  markedTimeMs?: number | null;
}

/** Renders the four time charts of a run: concurrency, environments, cold-start share and cost. */
export function TimelineCharts({ data, scenario, onPick, markedTimeMs = null }: TimelineChartsProps) {
  const plannedMs = scenario.durationMs;
  const platform = scenario.platform;
  const concurrency = useMemo(() => concurrencyModel(data, platform, plannedMs), [data, platform, plannedMs]);
  const environments = useMemo(() => environmentsModel(data, plannedMs), [data, plannedMs]);
  const coldShare = useMemo(() => coldShareModel(data, plannedMs), [data, plannedMs]);
  const cost = useMemo(() => costModel(data, plannedMs), [data, plannedMs]);
  const text = CHART_STRINGS;

  return (
    <div className="chart-grid-layout">
      <TimeChart title={text.concurrency.title} model={concurrency} onPick={onPick} markedTimeMs={markedTimeMs}>
        <p className="chart-note">
          {platform.scaling === 'unlimited' ? text.concurrency.noCeiling : text.concurrency.ceilingNote}
        </p>
      </TimeChart>
      <TimeChart title={text.environments.title} model={environments} onPick={onPick} markedTimeMs={markedTimeMs} />
      <TimeChart title={text.coldShare.title} model={coldShare} onPick={onPick} markedTimeMs={markedTimeMs}>
        <p className="chart-note">{text.coldShare.window(formatDuration(shareGroupSize(data.length) * data.bucketMs))}</p>
      </TimeChart>
      <TimeChart title={text.cost.title} model={cost} onPick={onPick} markedTimeMs={markedTimeMs}>
        <CostPrices architecture={scenario.function.architecture} />
      </TimeChart>
    </div>
  );
}
