import { describe, expect, it } from 'vitest';
import { testScenario } from '../../../sim/test-scenario';
import { COMPARISONS, scaleDuration, singleThreadCpuShare, withMemory } from './variants';

describe('singleThreadCpuShare', () => {
  it('is memory over 1,769 MB, at most 1', () => {
    expect(singleThreadCpuShare(1_769)).toBe(1);
    expect(singleThreadCpuShare(512)).toBeCloseTo(512 / 1_769);
    expect(singleThreadCpuShare(4_096)).toBe(1);
  });
});

describe('scaleDuration', () => {
  it('scales every distribution', () => {
    expect(scaleDuration(100, 2)).toBe(200);
    expect(scaleDuration({ dist: 'uniform', minMs: 10, maxMs: 20 }, 0.5)).toEqual({ dist: 'uniform', minMs: 5, maxMs: 10 });
    expect(scaleDuration({ dist: 'lognormal', medianMs: 100, p99Ms: 400 }, 2)).toEqual({
      dist: 'lognormal',
      medianMs: 200,
      p99Ms: 800,
    });
  });
});

describe('withMemory', () => {
  it('runs faster with more CPU', () => {
    const base = testScenario({ function: { memoryMb: 512, runDurationMs: 1_000 } });
    const bigger = withMemory(base, 1_769);
    expect(bigger.function.memoryMb).toBe(1_769);
    expect(bigger.function.runDurationMs).toBeCloseTo((1_000 * 512) / 1_769);
  });

  it('stops gaining above one vCPU', () => {
    const base = testScenario({ function: { memoryMb: 2_048, runDurationMs: 1_000 } });
    expect(withMemory(base, 4_096).function.runDurationMs).toBe(1_000);
  });
});

describe('COMPARISONS', () => {
  it('keeps seed and traffic on both sides', () => {
    const base = testScenario({ traffic: [{ source: 'sqs', pattern: 'poisson', ratePerSec: 2 }] });
    for (const comparison of Object.values(COMPARISONS)) {
      for (const side of comparison.sides) {
        const scenario = side.apply(base);
        expect(scenario.seed).toBe(base.seed);
        expect(scenario.traffic).toBe(base.traffic);
      }
    }
  });

  it('sets provisioned concurrency', () => {
    const base = testScenario();
    const [none, twenty] = COMPARISONS.provisioned.sides;
    expect(none.apply(base).platform.provisionedConcurrency).toBe(0);
    expect(twenty.apply(base).platform.provisionedConcurrency).toBe(20);
  });
});
