import type { FunctionConfig, LiveMetrics, PlatformConfig, Scenario, TrafficStream } from './types';

/** Parts of a scenario a test may override; everything else takes plain, deterministic values. */
export interface ScenarioOverrides {
  seed?: number;
  durationMs?: number;
  function?: Partial<FunctionConfig>;
  platform?: Partial<PlatformConfig>;
  traffic?: TrafficStream[];
}

/**
 * Builds a complete scenario for tests with constant durations: provision 100 ms, init 300 ms,
 * run 1,000 ms, timeout 3 s, idle lifetime 60 s, so expected times can be worked out by hand.
 */
export function testScenario(overrides: ScenarioOverrides = {}): Scenario {
  return {
    version: 1,
    seed: overrides.seed ?? 1,
    durationMs: overrides.durationMs ?? 120_000,
    name: 'test',
    description: '',
    function: {
      memoryMb: 1_024,
      timeoutMs: 3_000,
      initDurationMs: 300,
      runDurationMs: 1_000,
      errorRate: 0,
      architecture: 'x86_64',
      runtime: null,
      ...overrides.function,
    },
    platform: {
      concurrencyLimit: 1_000,
      reservedConcurrency: null,
      provisionedConcurrency: 0,
      scaling: 'standard',
      legacyBurst: 3_000,
      provisionDurationMs: 100,
      idleLifetimeMs: 60_000,
      reuse: 'newest',
      shutdownDurationMs: 500,
      resetDurationMs: 200,
      ...overrides.platform,
    },
    traffic: overrides.traffic ?? [],
  };
}

/** Returns live metrics with every count at zero and a limit of 1,000, overridable field by field. */
export function zeroMetrics(extra: Partial<LiveMetrics> = {}): LiveMetrics {
  return {
    arrivals: 0,
    invocations: 0,
    coldStarts: 0,
    warmStarts: 0,
    throttles: 0,
    throttlesByCause: { 'reserved-concurrency': 0, 'account-concurrency': 0, 'scaling-rate': 0 },
    timeouts: 0,
    errors: 0,
    completed: 0,
    inFlight: 0,
    concurrency: 0,
    peakConcurrency: 0,
    concurrencyLimit: 1_000,
    environmentsCreated: 0,
    environments: { provisioning: 0, initializing: 0, busy: 0, idle: 0, shuttingDown: 0, total: 0 },
    latencyMs: { mean: 0, p50: 0, p95: 0, p99: 0 },
    billedGbSeconds: 0,
    cost: { requestsUsd: 0, durationUsd: 0, initUsd: 0, provisionedUsd: 0, totalUsd: 0 },
    ...extra,
  };
}
