/**
 * Long simulated runs compared with closed-form results. Seeds are fixed, so each check gives the
 * same figure every time; tolerances are four standard errors of the estimate, worked out per case.
 */
import { describe, expect, it } from 'vitest';
import { meanDuration } from './random';
import { runScenario } from './simulation';
import { testScenario } from './test-scenario';
import type { DurationSpec } from './types';

// Every stream uses the "manual" source, a direct synchronous Invoke: no queue, retry or batch
// stands between the arrivals and the platform, whose rules are what these checks test.

/** Standard errors allowed between a simulated estimate and the theory. */
const STANDARD_ERRORS = 4;

describe('cold-start share with Poisson arrivals', () => {
  // One environment's worth of traffic: runs of 1 ms against gaps of hundreds of ms. An environment
  // idle for longer than T is reclaimed, so an arrival is cold exactly when the gap since the
  // previous invocation ended exceeds T. Gaps are exponential, so P(cold) = exp(-rate x T), up to the
  // 1 to 3 ms of service, which shifts the figure by less than 0.5 %.
  const ARRIVALS = 20_000;

  it.each([
    { ratePerSec: 1, idleMs: 1_000 },
    { ratePerSec: 0.2, idleMs: 10_000 },
    { ratePerSec: 2, idleMs: 250 },
  ])('is exp(-rate x T) at $ratePerSec/s and T = $idleMs ms', ({ ratePerSec, idleMs }) => {
    const scenario = testScenario({
      seed: 11,
      durationMs: (ARRIVALS / ratePerSec) * 1_000,
      function: { runDurationMs: 1, initDurationMs: 1, timeoutMs: 900_000 },
      platform: { provisionDurationMs: 1, idleLifetimeMs: idleMs, shutdownDurationMs: 1 },
      traffic: [{ source: 'manual', pattern: 'poisson', ratePerSec }],
    });
    const report = runScenario(scenario);
    const expected = Math.exp((-ratePerSec * idleMs) / 1_000);
    // Each arrival is cold or warm independently (its gap is), so the share is a binomial proportion.
    const standardError = Math.sqrt((expected * (1 - expected)) / report.invocations);

    expect(report.throttles).toBe(0);
    expect(Math.abs(report.coldStartRatio - expected)).toBeLessThan(STANDARD_ERRORS * standardError);
  });
});

describe("Little's law for busy environments", () => {
  // Without throttles or timeouts every arrival runs its handler once, so the time-averaged number of
  // environments running a handler is rate x mean run time. Over N arrivals the estimate's relative
  // standard error is sqrt(E[S^2] / N) / E[S].
  it.each<{ name: string; ratePerSec: number; run: DurationSpec; secondMomentRatio: number }>([
    // Exponential run times: E[S^2] = 2 E[S]^2.
    { name: 'exponential runs', ratePerSec: 50, run: { dist: 'exponential', meanMs: 200 }, secondMomentRatio: 2 },
    // Log-normal run times: E[S^2] / E[S]^2 = exp(sigma^2), sigma = ln(p99 / median) / 2.326.
    {
      name: 'log-normal runs',
      ratePerSec: 20,
      run: { dist: 'lognormal', medianMs: 100, p99Ms: 1_000 },
      secondMomentRatio: Math.exp((Math.log(10) / 2.3263478740408408) ** 2),
    },
  ])('holds for $name', ({ ratePerSec, run, secondMomentRatio }) => {
    const durationMs = 3_600_000;
    const scenario = testScenario({
      seed: 5,
      durationMs,
      function: { runDurationMs: run, timeoutMs: 900_000 },
      platform: { idleLifetimeMs: 600_000, scaling: 'unlimited' },
      traffic: [{ source: 'manual', pattern: 'poisson', ratePerSec }],
    });
    const report = runScenario(scenario);
    const expected = (ratePerSec * meanDuration(run)) / 1_000;
    const relativeError = Math.sqrt(secondMomentRatio / ((ratePerSec * durationMs) / 1_000));

    expect(report.throttles).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.coldStartRatio).toBeLessThan(0.01);
    expect(Math.abs(report.meanBusyEnvironments / expected - 1)).toBeLessThan(STANDARD_ERRORS * relativeError);
  });
});

describe('legacy scaling arithmetic', () => {
  // Runs last longer than the whole run, so no environment frees up and every arrival past the
  // ceiling is throttled. The ceiling is the burst, plus 500 for each full minute since the first start.
  const legacy = (burst: number, durationMs: number) =>
    testScenario({
      durationMs,
      function: { runDurationMs: 300_000, timeoutMs: 900_000 },
      platform: { concurrencyLimit: 10_000, scaling: 'legacy', legacyBurst: burst },
    });

  it('throttles bursts past a 1,000 ceiling', () => {
    // Burst 1,000:
    //   0 s:  1,500 arrive, ceiling 1,000 -> 1,000 start, 500 throttled
    //  30 s:    500 arrive, ceiling 1,000 ->     0 start, 500 throttled
    //  60 s:    800 arrive, ceiling 1,500 ->   500 start, 300 throttled
    // 150 s:    700 arrive, ceiling 2,000 ->   500 start, 200 throttled
    // Total: 2,000 cold starts and 1,500 throttles.
    const scenario = legacy(1_000, 200_000);
    scenario.traffic = [
      { source: 'manual', pattern: 'burst', count: 1_500, atMs: 0 },
      { source: 'manual', pattern: 'burst', count: 500, atMs: 30_000 },
      { source: 'manual', pattern: 'burst', count: 800, atMs: 60_000 },
      { source: 'manual', pattern: 'burst', count: 700, atMs: 150_000 },
    ];
    const report = runScenario(scenario);

    expect(report.coldStarts).toBe(2_000);
    expect(report.throttlesByCause['scaling-rate']).toBe(1_500);
    expect(report.throttles).toBe(1_500);
  });

  it('throttles a steady rate between steps', () => {
    // Burst 500, 20 arrivals a second (one every 50 ms) for 120 s:
    //   0 to 24.95 s:  arrivals 0-499 start (concurrency reaches the ceiling of 500)
    //  25 to 59.95 s:  arrivals 500-1,199 throttled: 700
    //  60 to 84.95 s:  ceiling 1,000, arrivals 1,200-1,699 start
    //  85 to 119.95 s: arrivals 1,700-2,399 throttled: 700
    // Total: 2,400 arrivals, 1,000 cold starts and 1,400 throttles.
    const scenario = legacy(500, 120_000);
    scenario.traffic = [{ source: 'manual', pattern: 'constant', ratePerSec: 20 }];
    const report = runScenario(scenario);

    expect(report.invocations).toBe(2_400);
    expect(report.coldStarts).toBe(1_000);
    expect(report.throttlesByCause['scaling-rate']).toBe(1_400);
  });
});
