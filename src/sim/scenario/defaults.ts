/**
 * Values the scenario parser fills in for fields a scenario file leaves out. Documented AWS defaults
 * come from model-facts.ts. The platform timings that AWS does not publish come from `ASSUMED` there,
 * which the app labels as assumptions.
 */
import {
  ACCOUNT_CONCURRENCY_DEFAULT,
  ASSUMED,
  LEGACY_BURST_DEFAULT,
  MEMORY_DEFAULT_MB,
  TIMEOUT_DEFAULT_MS,
  runtimePreset,
} from '../model-facts';
import type { DurationSpec, FunctionConfig, PlatformConfig, RuntimeId } from '../types';

/** Seed used when a scenario gives none. */
export const DEFAULT_SEED = 1;

/** Handler run time when a scenario gives none: a short, constant 100 ms. */
export const DEFAULT_RUN_DURATION_MS = 100;

/** Runtime whose typical cold start fills `initDurationMs` when neither it nor `runtime` is given. */
export const DEFAULT_INIT_RUNTIME: RuntimeId = 'nodejs';

/** Function settings that apply when a field is left out, except `initDurationMs` (see below). */
export const FUNCTION_DEFAULTS = {
  memoryMb: MEMORY_DEFAULT_MB,
  timeoutMs: TIMEOUT_DEFAULT_MS,
  runDurationMs: DEFAULT_RUN_DURATION_MS,
  errorRate: 0,
  architecture: 'x86_64',
  runtime: null,
} as const satisfies Omit<FunctionConfig, 'initDurationMs'>;

/** Platform settings that apply when a field is left out. */
export const PLATFORM_DEFAULTS = {
  concurrencyLimit: ACCOUNT_CONCURRENCY_DEFAULT,
  reservedConcurrency: null,
  provisionedConcurrency: 0,
  scaling: 'standard',
  legacyBurst: LEGACY_BURST_DEFAULT,
  provisionDurationMs: ASSUMED.provisionDurationMs.value,
  idleLifetimeMs: ASSUMED.idleLifetimeMs.value,
  reuse: ASSUMED.reuse.value,
  shutdownDurationMs: ASSUMED.shutdownDurationMs.value,
  resetDurationMs: ASSUMED.resetDurationMs.value,
} as const satisfies PlatformConfig;

/**
 * Returns the init duration for a function that does not set one: the typical cold start of its
 * runtime, or of Node.js when no runtime is named. The result is a fresh copy, so a caller that
 * edits its scenario cannot change the runtime table.
 */
export function defaultInitDuration(runtime: RuntimeId | null): DurationSpec {
  const spec: DurationSpec = runtimePreset(runtime ?? DEFAULT_INIT_RUNTIME).initDurationMs;
  return typeof spec === 'number' ? spec : { ...spec };
}
