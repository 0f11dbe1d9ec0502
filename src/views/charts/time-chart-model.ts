/**
 * The data of a time chart, as plain values: stacked areas, lines and event markers over simulated time.
 * Builders in timeline-charts.ts make models from a Timeline; create-time-chart.ts draws them.
 */

/** A band of a stacked area chart: `values` drawn between `lower` and `upper`. */
export interface AreaLayer {
  key: string;
  label: string;
  /** A CSS colour, such as `var(--phase-idle)`. */
  colour: string;
  /** The layer's own value at each point, shown on hover. */
  values: number[];
  lower: number[];
  upper: number[];
}

/** A line; NaN values leave a gap. */
export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  values: number[];
  /** Dashed lines mark limits and estimates, so they read apart from measured values. */
  dashed?: boolean;
  /** Step lines hold each value until the next point, as a limit does. */
  step?: boolean;
}

/** Counts of events per point, drawn as marks along the bottom of the plot. */
export interface MarkerSeries {
  key: string;
  label: string;
  colour: string;
  values: number[];
}

/** Everything a time chart draws. Every series has one value per entry of `timesMs`. */
export interface TimeChartModel {
  /** Time of each point: the end of its timeline bucket. */
  timesMs: number[];
  /** Right end of the time axis. */
  endMs: number;
  areas: AreaLayer[];
  lines: LineSeries[];
  markers: MarkerSeries[];
  /** Axis label of the values, with the unit. */
  valueLabel: string;
  formatValue: (value: number) => string;
  /** Fixed top of the value axis, for shares; otherwise it fits the data. */
  maxValue?: number;
}

/** Returns the top of the value axis: `maxValue` when set, else the highest area or line, or 1 when all are 0. */
export function chartTop(model: TimeChartModel): number {
  if (model.maxValue !== undefined) return model.maxValue;
  let top = 0;
  for (const area of model.areas) for (const value of area.upper) if (value > top) top = value;
  for (const line of model.lines) for (const value of line.values) if (value > top) top = value;
  return top > 0 ? top * 1.05 : 1;
}
