/**
 * Builders of the time charts' models from a timeline: concurrency, environments by state, cold-start
 * share and cumulative cost. Pure functions, so the shaping is tested without a DOM.
 */
import { formatCount } from '../../app/format';
import type { TimelineData } from '../../sim/timeline';
import type { PlatformConfig } from '../../sim/types';
import { CHART_STRINGS } from './chart-strings';
import { formatPercent, formatUsd } from './format-values';
import { scalingCeiling } from './scaling-ceiling';
import { stackLayers } from './stack-layers';
import type { LineSeries, TimeChartModel } from './time-chart-model';

/** Returns the time each bucket ends, the last one cut at the latest snapshot. */
export function bucketEndTimes(data: TimelineData): number[] {
  const times: number[] = [];
  for (let index = 0; index < data.length; index++) times.push(Math.min((index + 1) * data.bucketMs, data.endMs));
  return times;
}

/** Right end of a time axis: the planned run length, or the data's end when it went further. */
function axisEnd(data: TimelineData, plannedMs: number): number {
  return Math.max(plannedMs, data.endMs, 1);
}

/** Concurrency (peak per bucket) against the limit and the scaling-rate ceiling, with throttles. */
export function concurrencyModel(
  data: TimelineData,
  platform: Pick<PlatformConfig, 'scaling' | 'legacyBurst'>,
  plannedMs: number,
): TimeChartModel {
  const text = CHART_STRINGS.concurrency;
  const peak = Math.max(1, ...data.series.concurrencyMax);
  const limit = Math.max(0, ...data.series.concurrencyLimit);
  // Fitting a limit far above the peak would flatten the concurrency line to the axis, so the axis
  // fits the limit only when the peak reaches a fifth of it. The scaling ceiling is never fitted.
  const top = niceTop((peak * 5 >= limit ? Math.max(peak, limit) : peak) * 1.1);
  const labelFor = (label: string, lowest: number) => (lowest > top ? text.aboveTop(label) : label);

  const lines: LineSeries[] = [
    { key: 'peak', label: text.peak, colour: 'var(--phase-invoking-cold)', values: data.series.concurrencyMax },
    {
      key: 'limit',
      label: labelFor(text.limitValue(formatCount(limit)), Math.min(...data.series.concurrencyLimit)),
      colour: 'var(--alert)',
      values: data.series.concurrencyLimit,
      dashed: true,
      step: true,
    },
  ];
  const ceiling = scalingCeiling(data, platform);
  if (ceiling !== null) {
    const label = labelFor(text.ceiling, Math.min(...ceiling));
    lines.push({ key: 'ceiling', label, colour: 'var(--phase-provisioning)', values: ceiling, dashed: true });
  }

  return {
    timesMs: bucketEndTimes(data),
    endMs: axisEnd(data, plannedMs),
    areas: [],
    lines,
    markers: [{ key: 'throttles', label: text.throttles, colour: 'var(--alert)', values: data.series.throttles }],
    valueLabel: text.value,
    formatValue: formatCount,
    maxValue: top,
  };
}

/** Environments initializing, busy and idle, stacked. */
export function environmentsModel(data: TimelineData, plannedMs: number): TimeChartModel {
  const text = CHART_STRINGS.environments;
  return {
    timesMs: bucketEndTimes(data),
    endMs: axisEnd(data, plannedMs),
    areas: stackLayers([
      { key: 'busy', label: text.busy, colour: 'var(--phase-invoking-cold)', values: data.series.busy },
      { key: 'initializing', label: text.initializing, colour: 'var(--phase-initializing)', values: data.series.initializing },
      { key: 'idle', label: text.idle, colour: 'var(--phase-idle)', values: data.series.idle },
    ]),
    lines: [],
    markers: [],
    valueLabel: text.value,
    formatValue: formatCount,
  };
}

/** Points the cold-start share is grouped into: a bucket of a few starts would swing between 0 and 100 %. */
const SHARE_POINTS = 60;

/** Returns how many consecutive buckets each point of the cold-start share covers. */
export function shareGroupSize(length: number): number {
  return Math.max(1, Math.ceil(length / SHARE_POINTS));
}

/**
 * Share of starts that were cold in groups of consecutive buckets, about 60 points over the run.
 * Groups without starts leave a gap.
 */
export function coldShareModel(data: TimelineData, plannedMs: number): TimeChartModel {
  const text = CHART_STRINGS.coldShare;
  const size = shareGroupSize(data.length);
  const ends = bucketEndTimes(data);
  const { coldStarts, warmStarts } = data.series;
  const timesMs: number[] = [];
  const shares: number[] = [];
  for (let first = 0; first < data.length; first += size) {
    let cold = 0;
    let started = 0;
    const last = Math.min(first + size, data.length) - 1;
    for (let index = first; index <= last; index++) {
      cold += coldStarts[index];
      started += coldStarts[index] + warmStarts[index];
    }
    timesMs.push(ends[last]);
    shares.push(started > 0 ? cold / started : Number.NaN);
  }

  return {
    timesMs,
    endMs: axisEnd(data, plannedMs),
    areas: [],
    lines: [{ key: 'share', label: text.share, colour: 'var(--phase-invoking-cold)', values: shares }],
    markers: [],
    valueLabel: text.value,
    formatValue: formatPercent,
    maxValue: 1,
  };
}

/** Cumulative cost in USD, stacked by what the bill charges for. */
export function costModel(data: TimelineData, plannedMs: number): TimeChartModel {
  const text = CHART_STRINGS.cost;
  const series = data.series;
  return {
    timesMs: bucketEndTimes(data),
    endMs: axisEnd(data, plannedMs),
    areas: stackLayers([
      { key: 'requests', label: text.requests, colour: 'var(--phase-shutting-down)', values: series.costRequestsUsd },
      { key: 'duration', label: text.duration, colour: 'var(--phase-invoking-warm)', values: series.costDurationUsd },
      { key: 'init', label: text.init, colour: 'var(--phase-initializing)', values: series.costInitUsd },
      { key: 'provisioned', label: text.provisioned, colour: 'var(--phase-provisioning)', values: series.costProvisionedUsd },
    ]),
    lines: [],
    markers: [],
    valueLabel: text.value,
    formatValue: formatUsd,
  };
}

/** Rounds a positive value up to 1, 2 or 5 times a power of ten, so the axis ends on a round tick. */
export function niceTop(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= value - 1e-9) ?? 10;
  return step * power;
}
