/**
 * The text alternative of a time chart: a small table of its series at evenly spaced moments, so a
 * screen reader gets the shape of the chart without thousands of rows.
 */
import type { TimeChartModel } from './time-chart-model';

/** A table: column headers after the time column, and rows of formatted cells. */
export interface ChartTable {
  headers: string[];
  rows: { timeMs: number; cells: string[] }[];
}

/** Returns up to `maxRows` indices from 0 to `length - 1`, evenly spaced, always with the last. */
export function sampleIndices(length: number, maxRows: number): number[] {
  if (length <= 0 || maxRows <= 0) return [];
  if (length <= maxRows) return Array.from({ length }, (_, index) => index);
  const indices = new Set<number>();
  for (let row = 0; row < maxRows; row++) indices.add(Math.round(((row + 1) * length) / maxRows) - 1);
  return [...indices];
}

/**
 * Builds the table of a time chart. Areas show their own values, not the stacked totals. Markers show
 * the sum over the interval since the previous row, so no event is left out of the table.
 */
export function chartTable(model: TimeChartModel, maxRows = 12): ChartTable {
  const series = [...model.areas, ...model.lines];
  const headers = [...series.map((entry) => entry.label), ...model.markers.map((marker) => marker.label)];
  let previous = -1;

  const rows = sampleIndices(model.timesMs.length, maxRows).map((index) => {
    const cells = series.map((entry) => model.formatValue(entry.values[index]));
    for (const marker of model.markers) {
      let total = 0;
      for (let inside = previous + 1; inside <= index; inside++) total += marker.values[inside];
      cells.push(String(total));
    }
    previous = index;
    return { timeMs: model.timesMs[index], cells };
  });
  return { headers, rows };
}
