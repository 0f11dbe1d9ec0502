/** The table of differences between the two sides of a comparison, as plain rows. */
import type { LiveMetrics } from '../../../sim/types';
import { formatCount, formatDuration } from '../../format';
import { formatUsd } from '../../../views/charts/format-values';

/** One row: a measure, both sides' values, and B minus A. */
export interface DifferenceRow {
  key: string;
  label: string;
  first: string;
  second: string;
  difference: string;
}

interface Measure {
  key: string;
  label: string;
  value: (metrics: LiveMetrics) => number;
  format: (value: number) => string;
}

function formatLatency(ms: number): string {
  return Number.isFinite(ms) && ms > 0 ? formatDuration(ms) : '–';
}

const MEASURES: Measure[] = [
  { key: 'arrivals', label: 'Arrivals', value: (metrics) => metrics.arrivals, format: formatCount },
  { key: 'coldStarts', label: 'Cold starts', value: (metrics) => metrics.coldStarts, format: formatCount },
  { key: 'p99', label: 'Latency p99', value: (metrics) => metrics.latencyMs.p99, format: formatLatency },
  { key: 'throttles', label: 'Throttles', value: (metrics) => metrics.throttles, format: formatCount },
  { key: 'peak', label: 'Peak concurrency', value: (metrics) => metrics.peakConcurrency, format: formatCount },
  { key: 'cost', label: 'Cost so far', value: (metrics) => metrics.cost.totalUsd, format: formatUsd },
];

/** Writes B minus A with its sign, or "same" when equal; a dash when either side has no value. */
function formatDifference(first: number, second: number, format: (value: number) => string): string {
  if (!Number.isFinite(first) || !Number.isFinite(second)) return '–';
  const difference = second - first;
  if (difference === 0) return 'same';
  const sign = difference > 0 ? '+' : '−';
  return `${sign}${format(Math.abs(difference))}`;
}

/** Builds the rows comparing two sides' live metrics. */
export function differenceRows(first: LiveMetrics, second: LiveMetrics): DifferenceRow[] {
  return MEASURES.map((measure) => {
    const a = measure.value(first);
    const b = measure.value(second);
    return { key: measure.key, label: measure.label, first: measure.format(a), second: measure.format(b), difference: formatDifference(a, b, measure.format) };
  });
}
