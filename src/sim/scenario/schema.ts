/**
 * The valibot schema of a scenario file. It checks every field, fills the defaults from defaults.ts
 * and outputs a complete `Scenario`. Use `parseScenario` in parse.ts rather than this schema directly:
 * it turns valibot's issues into messages that name the field, the value and what is allowed.
 */
import * as v from 'valibot';
import {
  CONCURRENCY_LIMIT_MAX,
  LEGACY_BURSTS,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  TIMEOUT_MAX_MS,
  TIMEOUT_MIN_MS,
  UNRESERVED_MINIMUM,
} from '../model-facts';
import type { FunctionConfig, PlatformConfig, RuntimeId, Scenario } from '../types';
import { DEFAULT_SEED, FUNCTION_DEFAULTS, PLATFORM_DEFAULTS, defaultInitDuration } from './defaults';
import { durationSchema } from './duration-schema';
import { integerBetween, numberBetween, objectOf, oneOf, text, withCrossChecks } from './fields';
import { trafficSchema } from './traffic-schema';

/** Maximum simulated length of a run: 30 days. */
export const DURATION_MAX_MS = 30 * 24 * 60 * 60 * 1_000;

const DURATION_PHRASE = `a number of milliseconds above 0 and at most ${DURATION_MAX_MS} (30 days)`;

const RUNTIME_IDS = ['nodejs', 'python', 'java', 'java-snapstart', 'go', 'rust'] as const satisfies readonly RuntimeId[];

const functionFields = objectOf(
  {
    memoryMb: v.optional(integerBetween(MEMORY_MIN_MB, MEMORY_MAX_MB), FUNCTION_DEFAULTS.memoryMb),
    timeoutMs: v.optional(integerBetween(TIMEOUT_MIN_MS, TIMEOUT_MAX_MS), FUNCTION_DEFAULTS.timeoutMs),
    // Left undefined here: the default depends on `runtime`, so it is filled below.
    initDurationMs: v.optional(durationSchema),
    runDurationMs: v.optional(durationSchema, FUNCTION_DEFAULTS.runDurationMs),
    errorRate: v.optional(numberBetween(0, 1, 'a number from 0 to 1'), FUNCTION_DEFAULTS.errorRate),
    architecture: v.optional(oneOf(['x86_64', 'arm64']), FUNCTION_DEFAULTS.architecture),
    runtime: v.optional(v.nullable(oneOf(RUNTIME_IDS)), FUNCTION_DEFAULTS.runtime),
  },
  'an object of function settings',
);

/**
 * The function's settings. A named runtime supplies the init duration when none is given. The
 * transforms here and below rebuild each object so the output contains exactly the documented fields.
 */
const functionSchema = v.pipe(
  functionFields,
  v.transform(
    (input): FunctionConfig => ({
      memoryMb: input.memoryMb,
      timeoutMs: input.timeoutMs,
      initDurationMs: input.initDurationMs ?? defaultInitDuration(input.runtime),
      runDurationMs: input.runDurationMs,
      errorRate: input.errorRate,
      architecture: input.architecture,
      runtime: input.runtime,
    }),
  ),
);

/**
 * Returns the highest reserved concurrency AWS accepts for an account limit. AWS keeps 100 of the
 * account's concurrency unreserved for other functions. A limit of 100 or less leaves no room for
 * that rule, so the whole limit may be reserved there.
 */
export function maxReservedConcurrency(concurrencyLimit: number): number {
  return concurrencyLimit > UNRESERVED_MINIMUM ? concurrencyLimit - UNRESERVED_MINIMUM : concurrencyLimit;
}

function reservedConcurrencyProblem(input: { concurrencyLimit: number; reservedConcurrency: number | null }) {
  const { concurrencyLimit, reservedConcurrency } = input;
  const max = maxReservedConcurrency(concurrencyLimit);
  if (reservedConcurrency === null || reservedConcurrency <= max) return undefined;

  if (concurrencyLimit > UNRESERVED_MINIMUM) {
    return (
      `null or an integer from 0 to ${max}, because AWS keeps ${UNRESERVED_MINIMUM} of the ` +
      `concurrency limit (${concurrencyLimit}) unreserved`
    );
  }
  return `null or an integer from 0 to ${max}, the concurrency limit`;
}

function provisionedConcurrencyProblem(input: {
  concurrencyLimit: number;
  reservedConcurrency: number | null;
  provisionedConcurrency: number;
}) {
  const { concurrencyLimit, reservedConcurrency, provisionedConcurrency } = input;
  if (reservedConcurrency !== null && provisionedConcurrency > reservedConcurrency) {
    return `an integer from 0 to ${reservedConcurrency}, the reserved concurrency, which provisioned environments count against`;
  }
  if (provisionedConcurrency > concurrencyLimit) {
    return `an integer from 0 to ${concurrencyLimit}, the concurrency limit`;
  }
  return undefined;
}

const platformFields = withCrossChecks(
  objectOf(
    {
      concurrencyLimit: v.optional(integerBetween(1, CONCURRENCY_LIMIT_MAX), PLATFORM_DEFAULTS.concurrencyLimit),
      reservedConcurrency: v.optional(
        v.nullable(integerBetween(0, CONCURRENCY_LIMIT_MAX)),
        PLATFORM_DEFAULTS.reservedConcurrency,
      ),
      provisionedConcurrency: v.optional(
        integerBetween(0, CONCURRENCY_LIMIT_MAX),
        PLATFORM_DEFAULTS.provisionedConcurrency,
      ),
      scaling: v.optional(oneOf(['standard', 'legacy', 'unlimited']), PLATFORM_DEFAULTS.scaling),
      legacyBurst: v.optional(oneOf(LEGACY_BURSTS), PLATFORM_DEFAULTS.legacyBurst),
      provisionDurationMs: v.optional(durationSchema, PLATFORM_DEFAULTS.provisionDurationMs),
      idleLifetimeMs: v.optional(durationSchema, PLATFORM_DEFAULTS.idleLifetimeMs),
      reuse: v.optional(oneOf(['newest', 'most-recent', 'least-recent', 'random']), PLATFORM_DEFAULTS.reuse),
      shutdownDurationMs: v.optional(durationSchema, PLATFORM_DEFAULTS.shutdownDurationMs),
      resetDurationMs: v.optional(durationSchema, PLATFORM_DEFAULTS.resetDurationMs),
    },
    'an object of platform settings',
  ),
  [
    {
      fields: ['concurrencyLimit', 'reservedConcurrency'],
      target: 'reservedConcurrency',
      problem: reservedConcurrencyProblem,
    },
    {
      fields: ['concurrencyLimit', 'reservedConcurrency', 'provisionedConcurrency'],
      target: 'provisionedConcurrency',
      problem: provisionedConcurrencyProblem,
    },
  ],
);

/** The Lambda service's settings for the function and its account. */
const platformSchema = v.pipe(
  platformFields,
  v.transform(
    (input): PlatformConfig => ({
      concurrencyLimit: input.concurrencyLimit,
      reservedConcurrency: input.reservedConcurrency,
      provisionedConcurrency: input.provisionedConcurrency,
      scaling: input.scaling,
      legacyBurst: input.legacyBurst,
      provisionDurationMs: input.provisionDurationMs,
      idleLifetimeMs: input.idleLifetimeMs,
      reuse: input.reuse,
      shutdownDurationMs: input.shutdownDurationMs,
      resetDurationMs: input.resetDurationMs,
    }),
  ),
);

/** A whole scenario file. */
export const scenarioSchema = v.pipe(
  objectOf(
    {
      version: v.pipe(v.literal(1, 'the number 1'), v.description('the number 1')),
      seed: v.optional(
        v.pipe(v.number('a safe integer'), v.safeInteger('a safe integer'), v.description('a safe integer')),
        DEFAULT_SEED,
      ),
      durationMs: v.pipe(
        v.number(DURATION_PHRASE),
        v.finite(DURATION_PHRASE),
        v.gtValue(0, DURATION_PHRASE),
        v.maxValue(DURATION_MAX_MS, DURATION_PHRASE),
        v.description(DURATION_PHRASE),
      ),
      name: v.optional(text('a string'), ''),
      description: v.optional(text('a string'), ''),
      function: v.optional(functionSchema, {}),
      platform: v.optional(platformSchema, {}),
      traffic: v.optional(trafficSchema, []),
    },
    'a JSON object with at least "version": 1 and "durationMs"',
  ),
  v.transform(
    (input): Scenario => ({
      version: input.version,
      seed: input.seed,
      durationMs: input.durationMs,
      name: input.name,
      description: input.description,
      function: input.function,
      platform: input.platform,
      traffic: input.traffic,
    }),
  ),
);

/** A scenario as written in a file or in code, before defaults are filled in. */
export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
