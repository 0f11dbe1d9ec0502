import type { FunctionConfig, PlatformConfig, Scenario, TrafficStream } from './types';

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
