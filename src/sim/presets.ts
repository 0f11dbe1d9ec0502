/**
 * Ready-made scenarios for the app's menu and the command-line tool. Each one is short enough to
 * watch (tens of seconds to ten minutes of simulated time) and shows one behaviour of Lambda. The
 * last five show how one kind of event source reacts to a timeout, an error or a throttle.
 */
import { formatScenarioErrors, parseScenario } from './scenario/parse';
import type { ScenarioInput } from './scenario/schema';
import type { Scenario } from './types';

export const PRESET_NAMES = [
  'seed-story',
  'steady',
  'spike',
  'throttling',
  'timeout',
  'gateway-timeout',
  'async-retries',
  'poison-record',
  'sqs-throttled-to-dlq',
  'schedule-every-minute',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

/** View settings a preset starts with, where the views' defaults would hide its lesson. */
export interface PresetView {
  /** Width of the lanes' time window when the preset loads, in simulated ms. */
  windowMs: number;
}

/** A preset: its complete scenario, a one-line caption naming what to watch, and an optional view hint. */
export interface Preset {
  name: PresetName;
  caption: string;
  view?: PresetView;
  scenario: Scenario;
}

interface PresetDefinition {
  caption: string;
  view?: PresetView;
  input: ScenarioInput;
}

/**
 * The presets as a user would write them, before defaults are filled in.
 *
 * In `seed-story` every duration is constant, so the story below always happens:
 * - Event 1 at 0 ms finds no environment. Environment 1 provisions (0-125), inits (125-425) and runs
 *   it (425-1425).
 * - Event 2 at 500 ms finds environment 1 busy, so environment 2 provisions (500-625), inits (625-925)
 *   and runs it (925-1925). Both cold starts take 1425 ms from arrival to end.
 * - Event 3 at 1600 ms finds environment 1 idle since 1425 and environment 2 still busy. Environment 1
 *   runs it warm (1600-2600): 1000 ms from arrival to end.
 * - Both environments are reclaimed after 20 s idle (at 21925 and 22600 ms) and shut down in 500 ms,
 *   well before the run ends at 30 s.
 */
const DEFINITIONS: Record<PresetName, PresetDefinition> = {
  'seed-story': {
    caption:
      'Two overlapping requests each cold start their own environment, then the third reuses environment 1 warm and finishes sooner.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 30_000,
      name: 'Cold, cold, warm',
      description: 'Three requests: two overlap and start an environment each, the third reuses the first environment.',
      function: { initDurationMs: 300, runDurationMs: 1_000 },
      platform: { provisionDurationMs: 125, idleLifetimeMs: 20_000 },
      traffic: [{ source: 'api-gateway', label: 'three requests', pattern: 'times', atMs: [0, 500, 1_600] }],
    },
  },
  steady: {
    caption: 'A few requests a second: after the first cold starts, a handful of warm environments serves almost everything.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 120_000,
      name: 'Steady traffic',
      description: 'Random arrivals at 3 requests per second to a Node.js function that runs for about 120 ms.',
      function: { runtime: 'nodejs', runDurationMs: { dist: 'lognormal', medianMs: 120, p99Ms: 400 } },
      traffic: [{ source: 'api-gateway', label: 'web API', pattern: 'poisson', ratePerSec: 3 }],
    },
  },
  spike: {
    caption: 'Two requests a second, then at 00:30 a burst of 300: the few idle environments take some, and the rest cold start in parallel.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 90_000,
      name: 'Traffic spike',
      description: 'Two requests per second, then 300 requests at once after 30 s.',
      function: { runtime: 'nodejs', runDurationMs: { dist: 'lognormal', medianMs: 200, p99Ms: 600 } },
      traffic: [
        { source: 'api-gateway', label: 'background traffic', pattern: 'poisson', ratePerSec: 2 },
        { source: 'sns', label: 'fan-out', pattern: 'burst', count: 300, atMs: 30_000 },
      ],
    },
  },
  throttling: {
    caption: 'With a concurrency limit of 10, a burst of 30 requests starts 10 environments and the other 20 are throttled.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 20_000,
      name: 'Throttling',
      description: 'An account limited to 10 concurrent executions receives 30 requests at once.',
      function: { runtime: 'nodejs', runDurationMs: 2_000 },
      platform: { concurrencyLimit: 10 },
      traffic: [{ source: 'api-gateway', label: 'burst', pattern: 'burst', count: 30, atMs: 1_000 }],
    },
  },
  timeout: {
    caption: 'Most handlers finish in about 1.5 s, but the slowest pass the 3 s timeout and are cut off.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 60_000,
      name: 'Timeouts',
      description: 'Handler times spread around 1.5 s, and about one in twenty runs past the default 3 s timeout.',
      function: {
        runtime: 'nodejs',
        timeoutMs: 3_000,
        runDurationMs: { dist: 'lognormal', medianMs: 1_500, p99Ms: 4_000 },
      },
      traffic: [{ source: 'sqs', label: 'queue', pattern: 'poisson', ratePerSec: 5 }],
    },
  },
  'gateway-timeout': {
    caption:
      'The caller gets 504 at 29 s while the handler runs on to 45 s, so the request at 35 s finds the environment busy and cold starts another.',
    // 100 s keeps the 504 at 29 s on screen until the second request's run ends at about 81 s.
    view: { windowMs: 100_000 },
    input: {
      version: 1,
      seed: 1,
      durationMs: 90_000,
      name: 'API Gateway timeout',
      description:
        'A REST API gives up after its 29 s integration timeout, but the function, with a 60 s timeout, runs each request for 45 s.',
      function: { runtime: 'nodejs', timeoutMs: 60_000, runDurationMs: 45_000 },
      traffic: [
        { source: 'api-gateway', label: 'REST API', pattern: 'times', atMs: [0, 35_000], options: { api: 'rest' } },
      ],
    },
  },
  'async-retries': {
    caption:
      'Every handler throws: each event runs 3 times, 1 and then 2 minutes apart, then the S3 events are lost and the SNS one goes to its dead-letter queue.',
    // The last tries run about 3 minutes after the first ones, so the window spans the whole 200 s run.
    view: { windowMs: 220_000 },
    input: {
      version: 1,
      seed: 1,
      durationMs: 200_000,
      name: 'Asynchronous retries',
      description:
        'Two S3 notifications and one SNS message reach a function that always fails. Lambda retries each event twice.',
      function: { runtime: 'nodejs', runDurationMs: 200, errorRate: 1 },
      traffic: [
        { source: 's3', label: 'uploads bucket', pattern: 'times', atMs: [0, 5_000] },
        {
          source: 'sns',
          label: 'orders topic',
          pattern: 'times',
          atMs: [10_000],
          options: { onFailure: 'dead-letter-queue' },
        },
      ],
    },
  },
  'poison-record': {
    caption:
      'Record 10 always throws: its shard retries the same growing batch and its iterator age climbs, while the other shard keeps flowing.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 60_000,
      name: 'Poison record',
      description:
        'A DynamoDB stream with 2 shards receives 2 records a second. Record 10 fails every time, and the mapping retries it until it expires.',
      function: { runtime: 'nodejs', runDurationMs: 100 },
      traffic: [
        {
          source: 'dynamodb-stream',
          label: 'orders table stream',
          pattern: 'constant',
          ratePerSec: 2,
          options: { shards: 2, poisonRecords: [10] },
        },
      ],
    },
  },
  'sqs-throttled-to-dlq': {
    caption:
      '300 messages meet a reserved concurrency of 10: throttled batches move to the dead-letter queue without running (maxReceiveCount 1), and the pollers back off after each throttle.',
    input: {
      version: 1,
      seed: 1,
      durationMs: 60_000,
      name: 'SQS throttled to the dead-letter queue',
      description:
        'A burst of 300 SQS messages for a function capped at 10 concurrent executions, whose queue sends a message to its dead-letter queue after one receive.',
      function: { runtime: 'nodejs', timeoutMs: 15_000, runDurationMs: 5_000 },
      platform: { reservedConcurrency: 10 },
      traffic: [
        { source: 'sqs', label: 'jobs queue', pattern: 'burst', count: 300, atMs: 1_000, options: { maxReceiveCount: 1 } },
      ],
    },
  },
  'schedule-every-minute': {
    caption: 'An EventBridge rule fires once a minute: the first run cold starts, and the same environment serves the other nine warm.',
    // Five and a half minutes show five or six runs at once, enough to see the rhythm and the warm reuse.
    view: { windowMs: 330_000 },
    input: {
      version: 1,
      seed: 1,
      durationMs: 630_000,
      name: 'Every minute',
      description: 'A schedule of rate(1 minute) for ten and a half minutes, with a handler that runs for half a second.',
      function: { runtime: 'nodejs', runDurationMs: 500 },
      traffic: [{ source: 'schedule', label: 'every minute', pattern: 'schedule', expression: 'rate(1 minute)' }],
    },
  },
};

/** Builds a preset's scenario through the schema, so presets get the same defaults and checks as files. */
function buildScenario(name: PresetName): Scenario {
  const result = parseScenario(DEFINITIONS[name].input);
  if (!result.ok) {
    throw new Error(`Preset "${name}" is not a valid scenario:\n${formatScenarioErrors(result.errors)}`);
  }
  return result.scenario;
}

/** Every preset by name. Treat the scenarios as read-only; `presetScenario` returns a copy to edit. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = Object.fromEntries(
  PRESET_NAMES.map((name) => {
    const { caption, view } = DEFINITIONS[name];
    return [name, { name, caption, ...(view ? { view } : {}), scenario: buildScenario(name) }];
  }),
) as Record<PresetName, Preset>;

/** Returns whether a string names a preset. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Returns a fresh copy of a preset's scenario, which the caller may change freely. */
export function presetScenario(name: PresetName): Scenario {
  return buildScenario(name);
}
