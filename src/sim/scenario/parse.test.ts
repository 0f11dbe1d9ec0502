import { describe, expect, it } from 'vitest';
import { ASSUMED, RUNTIMES } from '../model-facts';
import type { Scenario } from '../types';
import { formatScenarioErrors, parseScenario, type ScenarioError } from './parse';

/** The smallest valid scenario: every other field has a default. */
const MINIMAL = { version: 1, durationMs: 10_000 };

/** Returns a copy of the minimal scenario with one section's fields added. */
function scenarioWith(section: 'function' | 'platform', fields: Record<string, unknown>): Record<string, unknown> {
  return { ...MINIMAL, [section]: fields };
}

/** Returns a copy of the minimal scenario with one traffic stream. */
function scenarioWithStream(stream: Record<string, unknown>): Record<string, unknown> {
  return { ...MINIMAL, traffic: [stream] };
}

/** Parses input that must be accepted and returns the scenario. */
function scenarioOf(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

/** Parses input that must be rejected and returns its errors. */
function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`expected errors, got a scenario: ${JSON.stringify(result.scenario)}`);
  return result.errors;
}

describe('parseScenario defaults', () => {
  it('fills every default of a minimal scenario', () => {
    const result = parseScenario(MINIMAL);

    expect(result).toEqual({
      ok: true,
      scenario: {
        version: 1,
        seed: 1,
        durationMs: 10_000,
        name: '',
        description: '',
        function: {
          memoryMb: 128,
          timeoutMs: 3_000,
          initDurationMs: { dist: 'lognormal', medianMs: 275, p99Ms: 800 },
          runDurationMs: 100,
          errorRate: 0,
          architecture: 'x86_64',
          runtime: null,
        },
        platform: {
          concurrencyLimit: 1_000,
          reservedConcurrency: null,
          provisionedConcurrency: 0,
          scaling: 'standard',
          legacyBurst: 3_000,
          provisionDurationMs: ASSUMED.provisionDurationMs.value,
          idleLifetimeMs: ASSUMED.idleLifetimeMs.value,
          reuse: ASSUMED.reuse.value,
          shutdownDurationMs: ASSUMED.shutdownDurationMs.value,
          resetDurationMs: ASSUMED.resetDurationMs.value,
        },
        traffic: [],
      },
    });
  });

  it.each(RUNTIMES.map((runtime) => [runtime.id, runtime.initDurationMs] as const))(
    'init default follows runtime %s',
    (runtime, initDurationMs) => {
      const scenario = scenarioOf(scenarioWith('function', { runtime }));

      expect(scenario.function.initDurationMs).toEqual(initDurationMs);
      expect(scenario.function.runtime).toBe(runtime);
    },
  );

  it('given init duration wins over runtime', () => {
    const scenario = scenarioOf(scenarioWith('function', { runtime: 'java', initDurationMs: 50 }));

    expect(scenario.function.initDurationMs).toBe(50);
  });

  it('output shares no objects with input', () => {
    const input = scenarioWithStream({ source: 's3', pattern: 'times', atMs: [1, 2] });
    const scenario = scenarioOf(input);

    const traffic = input.traffic as { atMs: number[] }[];
    traffic[0].atMs.push(3);

    expect(scenario.traffic).toEqual([{ source: 's3', pattern: 'times', atMs: [1, 2] }]);
  });

  it('runtime default is not shared', () => {
    const first = scenarioOf(MINIMAL);
    const second = scenarioOf(MINIMAL);

    expect(first.function.initDurationMs).not.toBe(second.function.initDurationMs);
    expect(first.function.initDurationMs).not.toBe(RUNTIMES[0].initDurationMs);
  });
});

describe('parseScenario accepts', () => {
  const accepted: [string, unknown][] = [
    ['boundary limits', scenarioWith('function', { memoryMb: 10_240, timeoutMs: 900_000, errorRate: 1 })],
    ['lowest limits', scenarioWith('function', { memoryMb: 128, timeoutMs: 1_000, errorRate: 0 })],
    ['timeout off the 1 s grid', scenarioWith('function', { timeoutMs: 1_234 })],
    ['reserved at limit minus 100', scenarioWith('platform', { concurrencyLimit: 1_000, reservedConcurrency: 900 })],
    ['reserved at a small limit', scenarioWith('platform', { concurrencyLimit: 50, reservedConcurrency: 50 })],
    ['reserved 0', scenarioWith('platform', { reservedConcurrency: 0 })],
    ['provisioned up to reserved', scenarioWith('platform', { reservedConcurrency: 20, provisionedConcurrency: 20 })],
    ['provisioned up to limit', scenarioWith('platform', { concurrencyLimit: 10, provisionedConcurrency: 10 })],
    ['legacy scaling', scenarioWith('platform', { scaling: 'legacy', legacyBurst: 500 })],
    ['uniform with equal bounds', scenarioWith('function', { runDurationMs: { dist: 'uniform', minMs: 5, maxMs: 5 } })],
    ['lognormal median equal p99', scenarioWith('function', { runDurationMs: { dist: 'lognormal', medianMs: 9, p99Ms: 9 } })],
    ['constant and exponential', scenarioWith('platform', {
      idleLifetimeMs: { dist: 'exponential', meanMs: 60_000 },
      shutdownDurationMs: { dist: 'constant', ms: 0 },
    })],
    ['ramp from 0', scenarioWithStream({ source: 'sqs', pattern: 'ramp', fromPerSec: 0, toPerSec: 5, overMs: 1_000 })],
    ['periodic at full amplitude', scenarioWithStream({
      source: 'schedule', pattern: 'periodic', meanPerSec: 2, amplitudePerSec: 2, periodMs: 60_000,
    })],
    ['empty times', scenarioWithStream({ source: 'manual', pattern: 'times', atMs: [] })],
    ['window in order', scenarioWithStream({ source: 's3', pattern: 'poisson', ratePerSec: 1, startMs: 0, endMs: 1 })],
    ['30 days', { version: 1, durationMs: 2_592_000_000 }],
    ['negative seed', { ...MINIMAL, seed: -7 }],
  ];

  it.each(accepted)('%s', (_name, input) => {
    const result = parseScenario(input);

    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([]);
  });
});

/**
 * Each case: a title, the input, the path the error must name, the value it must report, and a
 * fragment of the allowed range that the message must contain.
 */
type RejectCase = [title: string, input: unknown, path: string, value: unknown, allowed: string];

const rejected: RejectCase[] = [
  ['version 2', { ...MINIMAL, version: 2 }, 'version', 2, 'the number 1'],
  ['missing version', { durationMs: 1 }, 'version', undefined, 'the number 1'],
  ['missing duration', { version: 1 }, 'durationMs', undefined, 'above 0 and at most 2592000000'],
  ['zero duration', { version: 1, durationMs: 0 }, 'durationMs', 0, 'above 0 and at most 2592000000'],
  ['duration over 30 days', { version: 1, durationMs: 2_592_000_001 }, 'durationMs', 2_592_000_001, 'at most 2592000000'],
  ['infinite duration', { version: 1, durationMs: Infinity }, 'durationMs', Infinity, 'above 0'],
  ['NaN duration', { version: 1, durationMs: NaN }, 'durationMs', NaN, 'above 0'],
  ['string duration', { version: 1, durationMs: '10' }, 'durationMs', '10', 'a number of milliseconds'],
  ['fractional seed', { ...MINIMAL, seed: 1.5 }, 'seed', 1.5, 'a safe integer'],
  ['numeric name', { ...MINIMAL, name: 5 }, 'name', 5, 'a string'],
  ['function as array', { ...MINIMAL, function: [] }, 'function', [], 'an object of function settings'],
  ['platform as null', { ...MINIMAL, platform: null }, 'platform', null, 'an object of platform settings'],
  ['traffic as object', { ...MINIMAL, traffic: {} }, 'traffic', {}, 'an array of traffic stream objects'],
  ['memory too low', scenarioWith('function', { memoryMb: 64 }), 'function.memoryMb', 64, 'an integer from 128 to 10240'],
  ['memory too high', scenarioWith('function', { memoryMb: 10_241 }), 'function.memoryMb', 10_241, 'from 128 to 10240'],
  ['fractional memory', scenarioWith('function', { memoryMb: 512.5 }), 'function.memoryMb', 512.5, 'an integer'],
  ['timeout too low', scenarioWith('function', { timeoutMs: 999 }), 'function.timeoutMs', 999, 'from 1000 to 900000'],
  ['timeout too high', scenarioWith('function', { timeoutMs: 900_001 }), 'function.timeoutMs', 900_001, 'from 1000 to 900000'],
  ['error rate above 1', scenarioWith('function', { errorRate: 1.5 }), 'function.errorRate', 1.5, 'from 0 to 1'],
  ['negative error rate', scenarioWith('function', { errorRate: -0.1 }), 'function.errorRate', -0.1, 'from 0 to 1'],
  ['unknown architecture', scenarioWith('function', { architecture: 'x86' }), 'function.architecture', 'x86', '"arm64"'],
  ['unknown runtime', scenarioWith('function', { runtime: 'ruby' }), 'function.runtime', 'ruby', '"java-snapstart"'],
  ['negative run duration', scenarioWith('function', { runDurationMs: -1 }), 'function.runDurationMs', -1, 'from 0 up'],
  ['string run duration', scenarioWith('function', { runDurationMs: 'fast' }), 'function.runDurationMs', 'fast', 'distribution object'],
  ['unknown dist', scenarioWith('function', { runDurationMs: { dist: 'normal' } }), 'function.runDurationMs.dist', 'normal', '"lognormal"'],
  ['lognormal p99 below median', scenarioWith('function', { initDurationMs: { dist: 'lognormal', medianMs: 300, p99Ms: 200 } }),
    'function.initDurationMs.p99Ms', 200, 'at least medianMs (300)'],
  ['lognormal median 0', scenarioWith('function', { initDurationMs: { dist: 'lognormal', medianMs: 0, p99Ms: 200 } }),
    'function.initDurationMs.medianMs', 0, 'above 0'],
  ['uniform max below min', scenarioWith('function', { runDurationMs: { dist: 'uniform', minMs: 10, maxMs: 5 } }),
    'function.runDurationMs.maxMs', 5, 'at least minMs (10)'],
  ['uniform negative min', scenarioWith('function', { runDurationMs: { dist: 'uniform', minMs: -1, maxMs: 5 } }),
    'function.runDurationMs.minMs', -1, 'from 0 up'],
  ['constant missing ms', scenarioWith('function', { runDurationMs: { dist: 'constant' } }), 'function.runDurationMs.ms', undefined, 'from 0 up'],
  ['limit 0', scenarioWith('platform', { concurrencyLimit: 0 }), 'platform.concurrencyLimit', 0, 'an integer from 1 to 100000'],
  ['limit too high', scenarioWith('platform', { concurrencyLimit: 100_001 }), 'platform.concurrencyLimit', 100_001, 'from 1 to 100000'],
  ['reserved over limit minus 100', scenarioWith('platform', { concurrencyLimit: 1_000, reservedConcurrency: 901 }),
    'platform.reservedConcurrency', 901, 'from 0 to 900, because AWS keeps 100'],
  ['reserved over a small limit', scenarioWith('platform', { concurrencyLimit: 50, reservedConcurrency: 51 }),
    'platform.reservedConcurrency', 51, 'from 0 to 50, the concurrency limit'],
  ['negative reserved', scenarioWith('platform', { reservedConcurrency: -1 }), 'platform.reservedConcurrency', -1, 'from 0 to'],
  ['provisioned over reserved', scenarioWith('platform', { reservedConcurrency: 5, provisionedConcurrency: 6 }),
    'platform.provisionedConcurrency', 6, 'from 0 to 5, the reserved concurrency'],
  ['provisioned over limit', scenarioWith('platform', { concurrencyLimit: 10, provisionedConcurrency: 11 }),
    'platform.provisionedConcurrency', 11, 'from 0 to 10, the concurrency limit'],
  ['legacy burst 2000', scenarioWith('platform', { legacyBurst: 2_000 }), 'platform.legacyBurst', 2_000, '500, 1000 or 3000'],
  ['unknown scaling', scenarioWith('platform', { scaling: 'fast' }), 'platform.scaling', 'fast', '"standard"'],
  ['unknown reuse', scenarioWith('platform', { reuse: 'oldest' }), 'platform.reuse', 'oldest', '"least-recent"'],
  ['stream as array', { ...MINIMAL, traffic: [[]] }, 'traffic[0]', [], 'a traffic stream object'],
  ['unknown pattern', scenarioWithStream({ source: 's3', pattern: 'poison' }), 'traffic[0].pattern', 'poison', '"periodic"'],
  ['missing pattern', scenarioWithStream({ source: 's3' }), 'traffic[0].pattern', undefined, '"times"'],
  ['unknown source', scenarioWithStream({ source: 'kafka', pattern: 'times', atMs: [] }), 'traffic[0].source', 'kafka', '"dynamodb-stream"'],
  ['missing source', scenarioWithStream({ pattern: 'times', atMs: [] }), 'traffic[0].source', undefined, '"api-gateway"'],
  ['negative time', scenarioWithStream({ source: 's3', pattern: 'times', atMs: [5, -1] }), 'traffic[0].atMs[1]', -1, 'from 0 up'],
  ['rate 0', scenarioWithStream({ source: 's3', pattern: 'constant', ratePerSec: 0 }), 'traffic[0].ratePerSec', 0, 'above 0'],
  ['negative poisson rate', scenarioWithStream({ source: 's3', pattern: 'poisson', ratePerSec: -2 }), 'traffic[0].ratePerSec', -2, 'above 0'],
  ['burst count 0', scenarioWithStream({ source: 'sns', pattern: 'burst', count: 0, atMs: 0 }), 'traffic[0].count', 0, 'from 1 to 1000000'],
  ['burst count too high', scenarioWithStream({ source: 'sns', pattern: 'burst', count: 1_000_001, atMs: 0 }),
    'traffic[0].count', 1_000_001, 'from 1 to 1000000'],
  ['fractional burst count', scenarioWithStream({ source: 'sns', pattern: 'burst', count: 2.5, atMs: 0 }), 'traffic[0].count', 2.5, 'an integer'],
  ['window end before start', scenarioWithStream({ source: 's3', pattern: 'poisson', ratePerSec: 1, startMs: 10, endMs: 10 }),
    'traffic[0].endMs', 10, 'after startMs (10)'],
  ['negative window start', scenarioWithStream({ source: 's3', pattern: 'constant', ratePerSec: 1, startMs: -5 }),
    'traffic[0].startMs', -5, 'from 0 up'],
  ['ramp from 0 to 0', scenarioWithStream({ source: 's3', pattern: 'ramp', fromPerSec: 0, toPerSec: 0, overMs: 10 }),
    'traffic[0].toPerSec', 0, 'above 0 events per second'],
  ['ramp over 0 ms', scenarioWithStream({ source: 's3', pattern: 'ramp', fromPerSec: 1, toPerSec: 2, overMs: 0 }),
    'traffic[0].overMs', 0, 'above 0'],
  ['amplitude above mean', scenarioWithStream({ source: 's3', pattern: 'periodic', meanPerSec: 2, amplitudePerSec: 3, periodMs: 10 }),
    'traffic[0].amplitudePerSec', 3, 'from 0 to meanPerSec (2)'],
  ['period 0', scenarioWithStream({ source: 's3', pattern: 'periodic', meanPerSec: 2, amplitudePerSec: 1, periodMs: 0 }),
    'traffic[0].periodMs', 0, 'above 0'],
  ['numeric label', scenarioWithStream({ source: 's3', pattern: 'times', atMs: [], label: 7 }), 'traffic[0].label', 7, 'a string'],
];

describe('parseScenario rejects', () => {
  it.each(rejected)('%s', (_title, input, path, value, allowed) => {
    const errors = errorsOf(input);
    const error = errors.find((candidate) => candidate.path === path);

    expect(errors.map((candidate) => candidate.path)).toContain(path);
    expect(error?.value).toEqual(value);
    expect(error?.message.startsWith(`${path}: `)).toBe(true);
    expect(error?.message).toContain(allowed);
  });

  it('message shows received value', () => {
    const [error] = errorsOf(scenarioWith('platform', { concurrencyLimit: 0 }));

    expect(error.message).toBe('platform.concurrencyLimit: 0 is invalid. Expected an integer from 1 to 100000.');
  });

  it('message says missing', () => {
    const [error] = errorsOf({ version: 1 });

    expect(error.message).toBe(
      'durationMs: missing. Expected a number of milliseconds above 0 and at most 2592000000 (30 days).',
    );
  });

  it('reports every wrong field', () => {
    const errors = errorsOf({
      version: 1,
      durationMs: -1,
      function: { memoryMb: 1 },
      platform: { concurrencyLimit: 0 },
    });

    expect(errors.map((error) => error.path)).toEqual(['durationMs', 'function.memoryMb', 'platform.concurrencyLimit']);
  });

  it('one error per field', () => {
    const errors = errorsOf({ version: 1, durationMs: Infinity });

    expect(errors).toHaveLength(1);
  });

  it('top-level garbage names the scenario', () => {
    const [error] = errorsOf('hello');

    expect(error.path).toBe('');
    expect(error.message).toBe('scenario: "hello" is invalid. Expected a JSON object with at least "version": 1 and "durationMs".');
  });
});

describe('parseScenario unknown keys', () => {
  it('rejects memoryMB with a suggestion', () => {
    const errors = errorsOf(scenarioWith('function', { memoryMB: 256 }));

    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('function.memoryMB');
    expect(errors[0].value).toBe(256);
    expect(errors[0].message).toContain('function.memoryMB: unknown field. Did you mean "memoryMb"?');
    expect(errors[0].message).toContain('Allowed fields: memoryMb, timeoutMs,');
  });

  it('reports every unknown key', () => {
    const errors = errorsOf({ ...MINIMAL, sead: 3, extra: true });

    expect(errors.map((error) => error.path)).toEqual(['sead', 'extra']);
    expect(errors[0].message).toContain('Did you mean "seed"?');
    expect(errors[1].message).not.toContain('Did you mean');
  });

  it('reports unknown keys beside other errors', () => {
    const errors = errorsOf(scenarioWith('platform', { concurrencyLimit: 0, reserved: 5 }));

    expect(errors.map((error) => error.path)).toEqual(['platform.concurrencyLimit', 'platform.reserved']);
  });

  it('rejects a key of another pattern', () => {
    const errors = errorsOf(scenarioWithStream({ source: 's3', pattern: 'constant', ratePerSec: 1, count: 5 }));

    expect(errors.map((error) => error.path)).toEqual(['traffic[0].count']);
    expect(errors[0].message).toContain('Allowed fields: source, label, options, startMs, endMs, pattern, ratePerSec.');
  });

  it('rejects unknown dist fields', () => {
    const errors = errorsOf(scenarioWith('function', { runDurationMs: { dist: 'constant', ms: 1, meanMs: 2 } }));

    expect(errors.map((error) => error.path)).toEqual(['function.runDurationMs.meanMs']);
  });

  it('quotes keys that are not identifiers', () => {
    const errors = errorsOf({ ...MINIMAL, 'my key': 1 });

    expect(errors[0].path).toBe('["my key"]');
  });

  it('rejects __proto__ from JSON', () => {
    const errors = errorsOf(JSON.parse('{"version": 1, "durationMs": 5, "__proto__": {"seed": 3}}'));

    expect(errors.map((error) => error.path)).toEqual(['__proto__']);
  });

  it('rejects constructor key', () => {
    const errors = errorsOf(scenarioWith('platform', { constructor: 1 }));

    expect(errors.map((error) => error.path)).toEqual(['platform.constructor']);
  });
});

describe('formatScenarioErrors', () => {
  it('writes one line per error', () => {
    const errors = errorsOf({ version: 2, durationMs: 0 });

    expect(formatScenarioErrors(errors).split('\n')).toEqual(errors.map((error) => error.message));
  });
});
