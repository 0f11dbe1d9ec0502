import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/simulation';
import { testScenario } from '../../../sim/test-scenario';
import { differenceRows } from './difference-rows';

function metricsAfter(provisionedConcurrency: number) {
  const simulation = new Simulation(
    testScenario({
      durationMs: 10_000,
      platform: { provisionedConcurrency },
      traffic: [{ source: 'api-gateway', pattern: 'times', atMs: [1_000, 1_100, 1_200] }],
    }),
  );
  simulation.advanceTo(10_000);
  const metrics = simulation.snapshot().metrics;
  simulation.dispose();
  return metrics;
}

describe('differenceRows', () => {
  it('shows B minus A with a sign', () => {
    const rows = differenceRows(metricsAfter(0), metricsAfter(5));
    const cold = rows.find((row) => row.key === 'coldStarts');
    expect(cold).toEqual({ key: 'coldStarts', label: 'Cold starts', first: '3', second: '0', difference: '−3' });
    expect(rows.find((row) => row.key === 'arrivals')?.difference).toBe('same');
  });

  it('covers the measures to compare', () => {
    const rows = differenceRows(metricsAfter(0), metricsAfter(0));
    expect(rows.map((row) => row.key)).toEqual(['arrivals', 'coldStarts', 'p99', 'throttles', 'peak', 'cost']);
  });
});
