/**
 * Every string the app shows, in one place so that a translation can replace this module. Strings
 * that take values are functions; numbers arrive already formatted.
 */
import type {
  InvocationStatus,
  Phase,
  ReusePolicy,
  ScalingModel,
  SourceKind,
  StartKind,
  ThrottleCause,
} from '../sim/types';

export const STRINGS = {
  app: {
    name: 'lambda-lanes',
    tagline:
      'Watch AWS Lambda run a function: each lane is one execution environment (a micro VM) that starts cold, serves events, waits warm, and is reclaimed.',
    largeText: 'Large text',
    largeTextHint: 'Bigger type for a projector',
    regions: {
      playback: 'Playback',
      numbers: 'Live numbers',
      lanes: 'Execution environments',
      controls: 'Settings',
      inspector: 'Inspector',
    },
  },

  playback: {
    play: 'Play',
    pause: 'Pause',
    replay: 'Play again from the start',
    step: 'Step to the next event',
    restart: 'Restart (same seed)',
    newSeed: 'New seed',
    speed: 'Speed',
    speedValue: (speed: string) => `${speed}×`,
    clock: 'Simulated time',
    clockOf: (duration: string) => `of ${duration}`,
    ended: 'The scenario has ended. Press Play to run it again.',
    seed: (seed: number) => `Seed ${seed}`,
    shortcuts: 'Keys: Space play or pause, → step, R restart, + and − speed. Press ? for all keys.',
  },

  numbers: {
    arrivals: 'Arrivals',
    invocations: 'Invocations',
    coldStarts: 'Cold starts',
    warmStarts: 'Warm starts',
    coldShare: 'Cold-start share',
    throttles: 'Throttles',
    timeouts: 'Timeouts',
    created: 'Environments started',
    busy: 'Busy environments',
    idle: 'Idle environments',
    concurrency: 'Concurrency',
    concurrencyOf: (value: string, limit: string) => `${value} of ${limit}`,
    peak: 'Peak concurrency',
    p50: 'Latency p50',
    p99: 'Latency p99',
    none: '–',
  },

  controls: {
    heading: 'Settings',
    appliesNow: 'Changes apply from the current moment on; the run continues.',
    preset: 'Preset',
    presetEdited: 'edited',
    groups: {
      traffic: 'Traffic',
      function: 'Function',
      platform: 'Concurrency and scaling',
      assumptions: 'Platform behaviour (assumptions)',
      send: 'Send one event now',
    },
    source: 'Event source',
    pattern: 'Arrival pattern',
    patterns: {
      poisson: 'Random (Poisson)',
      constant: 'Constant rate',
      burst: 'Burst',
      ramp: 'Ramp',
      periodic: 'Wave (periodic)',
    },
    fixedPattern: 'Set by the preset',
    timesNote: (count: number) =>
      `This stream sends ${count} events at fixed moments. Pick another pattern to set a rate.`,
    fixedNote: (pattern: string) =>
      `This stream follows the preset's own "${pattern}" pattern. Pick another pattern to set a rate.`,
    noStream: 'This scenario has no traffic stream. Pick a pattern to add one.',
    rate: 'Arrival rate',
    burstCount: 'Events in the burst',
    burstAt: 'Burst at',
    rampFrom: 'Ramp from',
    rampTo: 'Ramp to',
    rampOver: 'Ramp over',
    waveMean: 'Mean rate',
    waveAmplitude: 'Wave amplitude',
    wavePeriod: 'Wave period',
    duration: 'Run length',
    runDuration: 'Handler run time',
    runtime: 'Runtime (sets the init duration)',
    runtimeCustom: 'Custom init duration',
    initDuration: 'Init duration',
    runtimeNote: (median: string, p99: string) => `Typical init: median ${median}, p99 ${p99}.`,
    memory: 'Memory',
    timeout: 'Function timeout',
    errorRate: 'Handler error rate',
    concurrencyLimit: 'Account concurrency limit',
    reserved: 'Reserved concurrency',
    reservedEnabled: 'Reserve concurrency for this function',
    reservedNote: (minimum: string) =>
      `AWS keeps ${minimum} of the account limit unreserved, so at most the limit minus ${minimum} can be reserved (the whole limit when it is ${minimum} or less).`,
    provisionedNote: 'Provisioned environments count against the reserved concurrency, or the account limit.',
    provisioned: 'Provisioned concurrency',
    scaling: 'Scaling model',
    scalingModels: {
      standard: 'Standard (since Nov 2023): +1,000 environments per 10 s',
      legacy: 'Legacy (before Nov 2023): Region burst, then +500 per minute',
      unlimited: 'Unlimited (no scaling-rate limit, for teaching)',
    } satisfies Record<ScalingModel, string>,
    legacyBurst: 'Legacy Region burst',
    idleLifetime: 'Idle lifetime',
    provisionDuration: 'Micro VM start and code download',
    shutdownDuration: 'Shutdown time',
    resetDuration: 'Reset after a timeout',
    reuse: 'Reuse policy',
    reusePolicies: {
      newest: 'Newest idle environment first',
      'most-recent': 'Most recently used first',
      'least-recent': 'Least recently used first',
      random: 'Any idle environment (random)',
    } satisfies Record<ReusePolicy, string>,
    assumption: 'assumption',
    assumptionTitle: (basis: string) => `AWS does not document this value. ${basis}`,
    distributionNote: 'The value sets the typical time; the spread of the preset is kept.',
    sendEvent: (source: string) => `Send ${source} event`,
    invalidEmpty: (field: string, range: string) => `${field} is empty. Enter a number from ${range}.`,
    invalidNumber: (field: string, value: string, range: string) =>
      `${field}: "${value}" is not a number. Enter a number from ${range}.`,
    invalidInteger: (field: string, value: string, range: string) =>
      `${field}: ${value} is not a whole number. Enter a whole number from ${range}.`,
    invalidRange: (field: string, value: string, range: string) =>
      `${field}: ${value} is outside the allowed range, ${range}.`,
    keptValue: (value: string) => `The last valid value, ${value}, still applies.`,
    rejected: (field: string, message: string) => `${field} was not applied: ${message}`,
    range: (min: string, max: string) => `${min} to ${max}`,
  },

  sources: {
    'api-gateway': 'API Gateway',
    s3: 'S3',
    sns: 'SNS',
    schedule: 'EventBridge schedule',
    'dynamodb-stream': 'DynamoDB stream',
    sqs: 'SQS',
    manual: 'manual',
  } satisfies Record<SourceKind, string>,

  phases: {
    // The same names as the lanes' legend, so a state reads the same everywhere.
    provisioning: 'Provisioning',
    initializing: 'Initializing',
    reinitializing: 'Re-initializing',
    'invoking-cold': 'Invoking (cold start)',
    'invoking-warm': 'Invoking (warm start)',
    idle: 'Idle',
    resetting: 'Resetting',
    'shutting-down': 'Shutting down',
    terminated: 'Terminated',
  } satisfies Record<Phase, string>,

  starts: {
    cold: 'Cold start',
    warm: 'Warm start',
    throttled: 'Throttled',
  } satisfies Record<StartKind, string>,

  statuses: {
    'in-flight': 'In flight',
    completed: 'Completed',
    error: 'Error (the handler threw)',
    timeout: 'Timed out (cut at the function timeout)',
    throttled: 'Throttled (429 TooManyRequestsException)',
  } satisfies Record<InvocationStatus, string>,

  throttleCauses: {
    'reserved-concurrency': 'Reserved concurrency reached',
    'account-concurrency': 'Account concurrency limit reached',
    'scaling-rate': 'Scaling rate exceeded (environments cannot be added that fast)',
  } satisfies Record<ThrottleCause, string>,

  recent: {
    heading: 'Recent invocations',
    empty: 'No events yet. Press Play or send an event.',
    item: (id: number, source: string, start: string) => `Invocation ${id}: ${source}, ${start}`,
    onEnvironment: (id: number) => `on environment ${id}`,
    inFlight: 'running',
    timedOut: 'timed out',
    failed: 'error',
  },

  inspector: {
    heading: 'Inspector',
    empty: 'Select a lane or an event to see its details.',
    close: 'Close the inspector',
    gone: 'The simulation no longer keeps this item, because it keeps only recent ones.',
    environmentTitle: (id: number) => `Environment ${id}`,
    invocationTitle: (id: number) => `Invocation ${id}`,
    provisioned: 'Provisioned concurrency',
    onDemand: 'On demand',
    kind: 'Kind',
    created: 'Created at',
    phaseNow: 'Now',
    served: 'Invocations served',
    history: 'State history',
    historyPhase: 'State',
    historyFrom: 'From',
    historyTo: 'To',
    historyLength: 'Length',
    historyInvocation: 'Invocation',
    ongoing: 'now',
    historyTruncated: 'Older states are no longer kept.',
    source: 'Source',
    arrival: 'Arrived at',
    start: 'Start',
    status: 'Status',
    throttleCause: 'Throttle cause',
    environment: 'Environment',
    openEnvironment: (id: number) => `Show environment ${id}`,
    timing: 'Timing',
    provisionPart: 'Micro VM start',
    initPart: 'Init',
    runPart: 'Run',
    latency: 'Total from arrival to end',
    /** Name of the timing bar while it is empty: the invocation was throttled or has not started. */
    timingEmpty: 'No time in an execution environment yet',
    running: 'still running',
    cut: '(cut at the timeout)',
    event: 'event',
    eventHelp: 'The first argument the handler received.',
    eventNotDelivered: 'The event Lambda rejected; the handler never saw it.',
    context: 'context',
    contextHelp:
      'The second argument: facts about this invocation and its environment. The remaining time is the value getRemainingTimeInMillis() returned when the handler started.',
    handler: 'Handler',
    handlerHelp: 'The function Lambda runs for every event. It logs and returns true.',
    /** Shown as code, so it stays in JavaScript; only its log messages would be translated. */
    handlerSource: `export const handler = async (event, context) => {
  console.log('Received event:', JSON.stringify(event));
  console.log('Request', context.awsRequestId, 'has',
    context.getRemainingTimeInMillis(), 'ms left');
  return true;
};`,
  },

  notices: {
    dismiss: 'Dismiss',
    unknownPreset: (value: string, allowed: string) =>
      `The preset "${value}" in the address is not known. Allowed presets: ${allowed}. Showing seed-story instead.`,
    invalidScenario: (details: string) =>
      `The scenario in the address is invalid, so seed-story is shown instead. ${details}`,
    invalidScenarioJson: (message: string) =>
      `The scenario in the address is not valid JSON (${message}), so seed-story is shown instead.`,
    moreErrors: (count: number) => `(${count} more errors not shown.)`,
    invalidSpeed: (value: string, range: string) =>
      `The speed "${value}" in the address is invalid. Allowed speeds: ${range}. Using 1×.`,
  },
} as const;
