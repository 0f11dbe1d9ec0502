import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from './simulation';
import { testScenario } from './test-scenario';
import type { ReusePolicy } from './types';

/** Finds the invocation that last carried an event sent by hand. */
function invocationOf(simulation: Simulation, eventId: number) {
  const invocationId = simulation.event(eventId)?.lastInvocationId;
  return invocationId == null ? undefined : simulation.invocation(invocationId);
}

const burst = (count: number, atMs = 0) => ({ source: 'manual' as const, pattern: 'burst' as const, count, atMs });
const at = (...atMs: number[]) => ({ source: 'manual' as const, pattern: 'times' as const, atMs });

describe('routing', () => {
  it('starts one environment per concurrent event', () => {
    const report = runScenario(testScenario({ traffic: [burst(5)] }));

    expect(report.coldStarts).toBe(5);
    expect(report.environmentsCreated).toBe(5);
    expect(report.peakConcurrency).toBe(5);
  });

  it('reuses an idle environment warm', () => {
    const report = runScenario(testScenario({ traffic: [at(0, 5_000, 10_000)] }), { records: true });

    expect(report.coldStarts).toBe(1);
    expect(report.warmStarts).toBe(2);
    expect(report.records?.map((record) => record.environment)).toEqual([1, 1, 1]);
  });

  it('counts a warm start as faster than a cold one', () => {
    const report = runScenario(testScenario({ traffic: [at(0, 5_000)] }), { records: true });
    const [cold, warm] = report.records ?? [];

    expect(cold.endMs! - cold.arrivalMs).toBe(1_400);
    expect(warm.endMs! - warm.arrivalMs).toBe(1_000);
  });

  it('cold starts again after the idle lifetime', () => {
    const scenario = testScenario({ platform: { idleLifetimeMs: 10_000 }, traffic: [at(0, 30_000)] });
    const report = runScenario(scenario, { records: true });

    expect(report.coldStarts).toBe(2);
    expect(report.records?.map((record) => record.environment)).toEqual([1, 2]);
  });

  it('sends an event by hand', () => {
    const simulation = new Simulation(testScenario());
    simulation.advanceTo(1_000);

    const id = simulation.sendEvent('s3');
    simulation.advanceTo(5_000);

    const invocation = invocationOf(simulation, id);
    expect(invocation?.source).toBe('s3');
    expect(invocation?.arrivalMs).toBe(1_000);
    expect(invocation?.status).toBe('completed');
  });
});

describe('reuse policy', () => {
  // Environments 1, 2 and 3 start together; 2 finishes last, 3 finishes first, 1 in between.
  function pickAfterStaggeredRuns(reuse: ReusePolicy, seed = 1) {
    const simulation = new Simulation(
      testScenario({ seed, platform: { reuse }, function: { runDurationMs: { dist: 'uniform', minMs: 100, maxMs: 3_000 } } }),
      { recentLimit: 100 },
    );
    for (let index = 0; index < 3; index++) simulation.sendEvent('manual');
    simulation.advanceTo(10_000);
    const environments = simulation.snapshot().environments;
    const id = simulation.sendEvent('manual');
    return { picked: invocationOf(simulation, id)?.environmentId, environments };
  }

  it('picks the newest environment by default', () => {
    expect(pickAfterStaggeredRuns('newest').picked).toBe(3);
  });

  it('picks the most and least recently used', () => {
    const mostRecent = pickAfterStaggeredRuns('most-recent');
    const leastRecent = pickAfterStaggeredRuns('least-recent');
    const byIdleSince = [...mostRecent.environments].sort((a, b) => a.phaseSinceMs - b.phaseSinceMs);

    expect(mostRecent.picked).toBe(byIdleSince[2].id);
    expect(leastRecent.picked).toBe(byIdleSince[0].id);
  });

  it('picks at random, deterministically per seed', () => {
    const picks = new Set<number | null | undefined>();
    for (let seed = 1; seed <= 20; seed++) picks.add(pickAfterStaggeredRuns('random', seed).picked);

    expect(picks.size).toBeGreaterThan(1);
    expect(pickAfterStaggeredRuns('random', 5).picked).toBe(pickAfterStaggeredRuns('random', 5).picked);
  });
});

describe('concurrency limits', () => {
  it('throttles past the account limit', () => {
    const report = runScenario(testScenario({ platform: { concurrencyLimit: 10 }, traffic: [burst(30)] }));

    expect(report.coldStarts).toBe(10);
    expect(report.throttles).toBe(20);
    expect(report.throttlesByCause['account-concurrency']).toBe(20);
    expect(report.peakConcurrency).toBe(10);
  });

  it('throttles everything at reserved concurrency 0', () => {
    const report = runScenario(testScenario({ platform: { reservedConcurrency: 0 }, traffic: [burst(4)] }));

    expect(report.throttles).toBe(4);
    expect(report.throttlesByCause['reserved-concurrency']).toBe(4);
    expect(report.environmentsCreated).toBe(0);
  });

  it('caps the function at its reserved concurrency', () => {
    const report = runScenario(testScenario({ platform: { reservedConcurrency: 3 }, traffic: [burst(5)] }));

    expect(report.coldStarts).toBe(3);
    expect(report.throttlesByCause['reserved-concurrency']).toBe(2);
  });

  it('frees a slot when an invocation ends', () => {
    const report = runScenario(testScenario({ platform: { concurrencyLimit: 1 }, traffic: [at(0, 500, 2_000)] }));

    expect(report.throttles).toBe(1);
    expect(report.warmStarts).toBe(1);
  });
});

describe('provisioned concurrency', () => {
  it('serves from provisioned environments first', () => {
    const scenario = testScenario({ platform: { provisionedConcurrency: 2 }, traffic: [at(5_000, 5_000)] });
    const report = runScenario(scenario, { records: true });

    expect(report.warmStarts).toBe(2);
    expect(report.coldStarts).toBe(0);
    expect(report.records?.map((record) => record.environment).sort()).toEqual([1, 2]);
  });

  it('spills over to on-demand environments', () => {
    const scenario = testScenario({ platform: { provisionedConcurrency: 2 }, traffic: [burst(5, 5_000)] });
    const report = runScenario(scenario);

    expect(report.warmStarts).toBe(2);
    expect(report.coldStarts).toBe(3);
    expect(report.environmentsCreated).toBe(5);
  });

  it('keeps provisioned slots out of the on-demand share', () => {
    const scenario = testScenario({
      platform: { concurrencyLimit: 5, provisionedConcurrency: 2 },
      traffic: [burst(10, 5_000)],
    });
    const report = runScenario(scenario);

    expect(report.peakConcurrency).toBe(5);
    expect(report.throttles).toBe(5);
  });

  it('never reclaims provisioned environments', () => {
    const scenario = testScenario({ durationMs: 3_600_000, platform: { provisionedConcurrency: 3, idleLifetimeMs: 1_000 } });
    const simulation = new Simulation(scenario);
    simulation.runToEnd();

    const phases = simulation.snapshot().environments.map((environment) => environment.phase);
    expect(phases).toEqual(['idle', 'idle', 'idle']);
  });

  it('retires environments when lowered', () => {
    const scenario = testScenario({ platform: { provisionedConcurrency: 3 } });
    const simulation = new Simulation(scenario);
    simulation.advanceTo(1_000);

    simulation.reconfigure(testScenario({ platform: { provisionedConcurrency: 1 } }));
    simulation.advanceTo(5_000);

    const phases = simulation.snapshot().environments.map((environment) => environment.phase);
    expect(phases).toEqual(['idle', 'terminated', 'terminated']);
  });

  it('bills configured time and lower running rate', () => {
    const scenario = testScenario({ durationMs: 60_000, platform: { provisionedConcurrency: 1 }, traffic: [at(1_000)] });
    const report = runScenario(scenario);

    // 1 GB configured for 60 s, and 1 GB running for 1 s.
    expect(report.cost.provisionedUsd).toBeCloseTo(60 * 0.0000041667 + 1 * 0.0000097222, 12);
    expect(report.cost.durationUsd).toBe(0);
  });
});

describe('standard scaling', () => {
  it('starts 1,000 environments at once, then 100 a second', () => {
    const scenario = testScenario({
      function: { runDurationMs: 600_000, timeoutMs: 900_000 },
      platform: { concurrencyLimit: 10_000 },
      traffic: [burst(3_000, 0), burst(3_000, 5_000)],
    });
    const report = runScenario(scenario);

    // 1,000 at t=0; 500 more tokens refill by t=5 s.
    expect(report.coldStarts).toBe(1_500);
    expect(report.throttlesByCause['scaling-rate']).toBe(4_500);
  });

  it('does not bank unused rate', () => {
    const scenario = testScenario({
      function: { runDurationMs: 600_000, timeoutMs: 900_000 },
      platform: { concurrencyLimit: 10_000 },
      traffic: [burst(3_000, 60_000)],
    });

    expect(runScenario(scenario).coldStarts).toBe(1_000);
  });
});

describe('legacy scaling', () => {
  const legacy = (traffic: ReturnType<typeof burst>[]) =>
    testScenario({
      durationMs: 600_000,
      function: { runDurationMs: 50_000, timeoutMs: 900_000 },
      platform: { concurrencyLimit: 10_000, scaling: 'legacy', legacyBurst: 3_000 },
      traffic,
    });

  it('serves the burst and throttles the rest', () => {
    // The AWS example: 10,000 requests at once with a burst of 3,000.
    const report = runScenario(legacy([burst(10_000)]));

    expect(report.coldStarts).toBe(3_000);
    expect(report.throttles).toBe(7_000);
  });

  it('adds 500 environments a minute', () => {
    // 10,000 requests over two minutes: 2,000 then 1,500 throttled.
    const report = runScenario(legacy([burst(5_000, 0), burst(5_000, 60_000)]));

    expect(report.throttles).toBe(3_500);
  });

  it('throttles only the first minute over three', () => {
    const report = runScenario(legacy([burst(3_333, 0), burst(3_333, 60_000), burst(3_334, 120_000)]));

    expect(report.throttles).toBe(333);
  });

  it('respects a smaller Region burst', () => {
    const scenario = legacy([burst(1_000)]);
    scenario.platform.legacyBurst = 500;

    expect(runScenario(scenario).throttlesByCause['scaling-rate']).toBe(500);
  });
});

describe('unlimited scaling', () => {
  it('stops only at the concurrency limit', () => {
    const scenario = testScenario({
      function: { runDurationMs: 600_000, timeoutMs: 900_000 },
      platform: { concurrencyLimit: 10_000, scaling: 'unlimited' },
      traffic: [burst(12_000)],
    });
    const report = runScenario(scenario);

    expect(report.coldStarts).toBe(10_000);
    expect(report.throttlesByCause['account-concurrency']).toBe(2_000);
  });
});

describe('timeouts and errors', () => {
  it('counts timeouts and resets the environment', () => {
    const scenario = testScenario({ function: { runDurationMs: 5_000, timeoutMs: 3_000 }, traffic: [at(0, 10_000)] });
    const report = runScenario(scenario, { records: true });

    expect(report.timeouts).toBe(2);
    expect(report.records?.map((record) => record.outcome)).toEqual(['cold', 'cold']);
    expect(report.records?.[0].runMs).toBe(3_000);
  });

  it('makes handlers throw at the error rate', () => {
    const stream = { source: 'manual' as const, pattern: 'constant' as const, ratePerSec: 100 };
    const scenario = testScenario({ durationMs: 20_000, function: { errorRate: 0.3, runDurationMs: 10 }, traffic: [stream] });
    const report = runScenario(scenario);

    expect(report.invocations).toBe(2_000);
    expect(report.errors / report.invocations).toBeGreaterThan(0.25);
    expect(report.errors / report.invocations).toBeLessThan(0.35);
  });
});

describe('reconfigure', () => {
  it('keeps the run and applies new settings from now', () => {
    const stream = { source: 'api-gateway' as const, pattern: 'constant' as const, ratePerSec: 1 };
    const simulation = new Simulation(testScenario({ traffic: [stream] }), { recentLimit: 1_000 });
    simulation.advanceTo(10_500);
    const before = simulation.snapshot().metrics.arrivals;
    const environmentsBefore = simulation.snapshot().metrics.environmentsCreated;
    const firstEnvironment = simulation.environment(1);

    simulation.reconfigure(testScenario({ traffic: [{ ...stream, ratePerSec: 10 }] }));
    // The new grid of 10 a second starts at 10.5 s: 100 arrivals before 20.5 s.
    simulation.advanceTo(20_499);
    const after = simulation.snapshot().metrics.arrivals;

    expect(before).toBe(11);
    expect(after - before).toBe(100);
    expect(simulation.environment(1)).toBe(firstEnvironment);
    expect(simulation.snapshot().metrics.environmentsCreated).toBeGreaterThan(environmentsBefore);
  });

  it('applies a new run duration to new invocations', () => {
    const simulation = new Simulation(testScenario(), { recentLimit: 10 });
    simulation.sendEvent('manual');
    simulation.advanceTo(5_000);

    simulation.reconfigure(testScenario({ function: { runDurationMs: 2_500 } }));
    const id = simulation.sendEvent('manual');
    simulation.advanceTo(10_000);

    expect(invocationOf(simulation, id)?.runMs).toBe(2_500);
  });
});

describe('metrics', () => {
  it('averages environments over time', () => {
    // One environment: 100 ms provisioning, 300 ms init, 1 s run, then idle to the end at 10 s.
    const report = runScenario(testScenario({ durationMs: 10_000, traffic: [at(0)] }));

    expect(report.meanEnvironments).toBeCloseTo(1, 10);
    expect(report.meanBusyEnvironments).toBeCloseTo(0.1, 10);
    expect(report.meanIdleEnvironments).toBeCloseTo(0.86, 10);
  });

  it('bills init and run time of cold starts', () => {
    const report = runScenario(testScenario({ traffic: [at(0)] }));

    // 1 GB for 1 s of run and 0.3 s of init.
    expect(report.billedGbSeconds).toBeCloseTo(1.3, 10);
    expect(report.cost.requestsUsd).toBeCloseTo(0.2 / 1_000_000, 15);
  });
});
