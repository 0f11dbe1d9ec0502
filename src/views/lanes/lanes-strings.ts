/** Every string the lanes view shows, kept together so a translation can replace this module. */
export const LANES_STRINGS = {
  listLabel: 'Environments, one per lane',
  listHint: 'Choose an environment to inspect it.',
  listMore: (count: string) => `…and ${count} more environments, summarised by the counts above.`,
  legendLabel: 'Legend',
  /** Label drawn beside the cut that marks a 504 response on a lane. */
  gatewayTimeoutMark: '504',
  eventsLegend: {
    cold: 'Event, cold start',
    warm: 'Event, warm start',
    throttled: 'Event, throttled',
    timeout: 'Timed out (cut)',
    gatewayTimeout: 'Caller got 504 from API Gateway; the function ran on',
    inFlight: "Event in flight, in its source's colour and icon",
    retry: 'Retry, with its try number',
  },
  sources: {
    heading: 'Sources',
    listLabel: 'Event sources',
    waiting: (count: string) => `${count} waiting`,
    running: (count: string) => `${count} running`,
    codes: (timeouts: string, throttles: string) => `504: ${timeouts} · 429: ${throttles}`,
    asyncQueue: (depth: string, running: string) => `queue ${depth} · running ${running}`,
    retries: (count: string) => `retries ${count}`,
    visible: (depth: string, hidden: string) => `visible ${depth} · in flight ${hidden}`,
    pollers: (pollers: string, retries: string) => `pollers ${pollers} · retries ${retries}`,
    shard: (id: number, pending: string) => `shard ${id} · ${pending} pending`,
    shardBlocked: (id: number, age: string) => `shard ${id} BLOCKED ${age}`,
    moreShards: (count: string, blocked: string) => `+${count} shards, ${blocked} blocked`,
    describe: {
      gateway: (name: string, waiting: string, timeouts: string, throttles: string, succeeded: string) =>
        `${name}: callers waiting ${waiting}, answered 504 Gateway Timeout ${timeouts}, answered 429 Too Many Requests ${throttles}, answered 200 OK ${succeeded}.`,
      direct: (name: string, running: string, succeeded: string) => `${name}: running ${running}, succeeded ${succeeded}.`,
      async: (name: string, depth: string, running: string, retries: string) =>
        `${name}: waiting in Lambda's internal queue ${depth}, running ${running}, retries ${retries}.`,
      queue: (name: string, depth: string, hidden: string, pollers: string, retries: string, succeeded: string) =>
        `${name}: visible messages ${depth}, in flight ${hidden}, pollers ${pollers}, retries ${retries}, processed and deleted ${succeeded}.`,
      stream: (name: string, shards: string, retries: string) => `${name}: shards ${shards}, batch retries ${retries}.`,
      shard: (id: number, pending: string, age: string, blocked: boolean) =>
        `Shard ${id}: pending records ${pending}, iterator age ${age}, ${blocked ? 'blocked by a failing batch' : 'flowing'}.`,
      outcomes: (deadLettered: string, destination: string, lost: string) =>
        `Dead-lettered ${deadLettered}, sent to a destination ${destination}, lost ${lost}.`,
    },
  },
  /** Words beside a marker flying back to its source or into a tray. */
  flights: {
    retry: 'retry',
    visibleAgain: 'visible again',
    deadLetter: 'DLQ',
    destination: 'destination',
    lost: 'lost',
  },
  trays: {
    throttled: 'Throttled',
    /** Second line of the throttled tray's name, so a throttled batch is not read as one message. */
    throttledUnit: 'invocations, not events',
    deadLettered: 'Dead-letter queue',
    lost: 'Lost',
    destination: (count: string) => `+${count} to destination`,
    describe: (throttled: string, deadLettered: string, destination: string, lost: string) =>
      `Throttled invocations: ${throttled}. Dead-letter queue: ${deadLettered}. Sent to a destination: ${destination}. Lost: ${lost}.`,
  },
  zoomIn: 'Zoom in on time',
  zoomOut: 'Zoom out on time',
  followNow: 'Follow now',
  timeControls: 'Time axis',
  followHint: 'Drag the lanes to pan through time, scroll to zoom, and hover a segment or event to name it.',
  densityNote: (perRow: string) => `Density view: ${perRow}`,
  oneRowEach: 'one thin row per environment',
  rowsShared: (count: string) => `about ${count} environments per pixel row`,
  summary: {
    total: (count: string) => `${count} environments`,
    provisioning: 'provisioning',
    initializing: 'initializing',
    busy: 'busy',
    idle: 'idle',
    shuttingDown: 'shutting down',
  },
} as const;
