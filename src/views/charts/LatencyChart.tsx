import { useEffect, useMemo, useRef } from 'react';
import { formatCount, formatDuration } from '../../app/format';
import { CHART_STRINGS } from './chart-strings';
import { ChartLegend } from './ChartLegend';
import { createHistogram, type HistogramView } from './create-histogram';
import { latencyHistogram, latencyPercentiles, type LatencySample } from './latency-data';
import './charts.css';

const text = CHART_STRINGS.latency;

const LEGEND = [
  { key: 'warm', label: text.warm, colour: 'var(--phase-invoking-warm)', shape: 'area' as const },
  { key: 'cold', label: text.cold, colour: 'var(--phase-invoking-cold)', shape: 'area' as const },
];

/**
 * Renders the latency histogram of `samples` with p50, p95 and p99 marked, each split into start-up
 * and run time, and the bins as a table for screen readers.
 */
export function LatencyChart({ samples }: { samples: readonly LatencySample[] }) {
  const nodeRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<HistogramView | null>(null);
  const model = useMemo(() => ({ bins: latencyHistogram(samples), percentiles: latencyPercentiles(samples) }), [samples]);
  const modelRef = useRef(model);

  useEffect(() => {
    modelRef.current = model;
    viewRef.current?.update(model);
  }, [model]);

  useEffect(() => {
    const node = nodeRef.current;
    if (!node) return;
    const view = createHistogram(node);
    viewRef.current = view;
    view.update(modelRef.current);
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  return (
    <figure className="chart" aria-label={text.title}>
      <figcaption className="chart-title">{text.title}</figcaption>
      <ChartLegend entries={LEGEND} />
      <div ref={nodeRef} className="chart-plot" />
      <ul className="chart-percentiles">
        {model.percentiles.map((percentile) => (
          <li key={percentile.name}>
            {text.percentile(
              percentile.name,
              formatDuration(percentile.totalMs),
              formatDuration(percentile.startUpMs),
              formatDuration(percentile.runMs),
            )}
          </li>
        ))}
      </ul>
      <p className="chart-note">{samples.length > 0 ? text.window(formatCount(samples.length)) : text.empty}</p>
      <table className="visually-hidden">
        <caption>{text.title}</caption>
        <thead>
          <tr>
            <th scope="col">{text.tableBin}</th>
            <th scope="col">{text.cold}</th>
            <th scope="col">{text.warm}</th>
          </tr>
        </thead>
        <tbody>
          {model.bins
            .filter((bin) => bin.cold + bin.warm > 0)
            .map((bin) => (
              <tr key={bin.fromMs}>
                <th scope="row">{`${formatDuration(bin.fromMs)} – ${formatDuration(bin.toMs)}`}</th>
                <td>{bin.cold}</td>
                <td>{bin.warm}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
