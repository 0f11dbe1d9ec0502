import type { Report } from '../../../sim/types';
import { formatCount, formatDuration, formatShare } from '../../format';
import { formatUsd } from '../../../views/charts/format-values';
import { ANALYSIS_STRINGS } from '../analysis-strings';

const text = ANALYSIS_STRINGS.fastForward.summary;

/** Shows the headline figures of a finished run's report. */
export function RunSummary({ report }: { report: Report }) {
  const started = report.coldStarts + report.warmStarts;
  const items: [string, string][] = [
    [text.invocations, formatCount(report.invocations)],
    [text.coldStarts, `${formatCount(report.coldStarts)} (${formatShare(report.coldStarts, started)})`],
    [text.throttles, formatCount(report.throttles)],
    [text.peak, formatCount(report.peakConcurrency)],
    [text.p50, formatDuration(report.latencyMs.p50)],
    [text.p99, formatDuration(report.latencyMs.p99)],
    [text.cost, formatUsd(report.costUsd)],
  ];
  return (
    <dl className="run-summary">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
