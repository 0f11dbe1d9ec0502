import { describe, expect, it } from 'vitest';
import { chartTable, sampleIndices } from './chart-table';
import type { TimeChartModel } from './time-chart-model';

describe('sampleIndices', () => {
  it('keeps every index of a short series', () => {
    expect(sampleIndices(3, 12)).toEqual([0, 1, 2]);
  });

  it('spreads over a long series and ends on the last', () => {
    const indices = sampleIndices(1_000, 4);
    expect(indices).toHaveLength(4);
    expect(indices[indices.length - 1]).toBe(999);
  });

  it('returns nothing for an empty series', () => {
    expect(sampleIndices(0, 5)).toEqual([]);
  });
});

describe('chartTable', () => {
  const model: TimeChartModel = {
    timesMs: [1_000, 2_000, 3_000, 4_000],
    endMs: 4_000,
    areas: [],
    lines: [{ key: 'c', label: 'Concurrency', colour: 'blue', values: [1, 2, 3, 4] }],
    markers: [{ key: 't', label: 'Throttles', colour: 'red', values: [1, 1, 0, 5] }],
    valueLabel: 'Environments',
    formatValue: String,
  };

  it('sums markers between rows', () => {
    const table = chartTable(model, 2);
    expect(table.headers).toEqual(['Concurrency', 'Throttles']);
    expect(table.rows).toEqual([
      { timeMs: 2_000, cells: ['2', '2'] },
      { timeMs: 4_000, cells: ['4', '5'] },
    ]);
  });
});
