/**
 * Text of the charts, kept apart from the app's strings as the lanes keep theirs, so a translation
 * replaces one module per view.
 */
export const CHART_STRINGS = {
  time: 'Simulated time',
  hoverHint: 'Hover to read values; click a moment to show it in the lanes.',
  keyboardHint: (title: string) =>
    `${title}. Arrow keys move between moments and read their values; Enter shows the moment in the lanes.`,
  tableCaption: (title: string) => `${title}: values at evenly spaced moments`,
  tableTime: 'Time',
  noData: 'No data yet. Press Play to start recording.',

  concurrency: {
    title: 'Concurrency over time',
    value: 'Environments counted against the limit',
    peak: 'Concurrency (peak in each interval)',
    limit: 'Concurrency limit',
    ceiling: 'Scaling-rate ceiling (estimated)',
    throttles: 'Throttles',
    ceilingNote:
      'The ceiling is the concurrency Lambda could reach at once: current concurrency plus the environments the scaling rate still allows, worked out from the cold starts in each interval.',
    noCeiling: 'The unlimited scaling model has no scaling-rate ceiling.',
    limitValue: (limit: string) => `Concurrency limit (${limit})`,
    aboveTop: (label: string) => `${label}, above the top of the chart`,
  },

  environments: {
    title: 'Environments by state',
    value: 'Environments',
    initializing: 'Starting (micro VM and init)',
    busy: 'Busy',
    idle: 'Idle',
  },

  coldShare: {
    title: 'Cold-start share over time',
    value: 'Share of starts that were cold',
    share: 'Cold-start share',
    window: (length: string) => `Each point is the share of starts that were cold in ${length}.`,
  },

  cost: {
    title: 'Cumulative cost',
    value: 'US dollars',
    requests: 'Requests',
    duration: 'Run duration',
    init: 'Init duration',
    provisioned: 'Provisioned concurrency',
    prices: (asOf: string, request: string, gbSecond: string, provisioned: string, provisionedRunning: string) =>
      `Prices as of ${asOf} (us-east-1, first tier, free tier not applied): ${request} per million requests, ${gbSecond} per GB-second of run and init time, provisioned concurrency ${provisioned} per GB-second configured plus ${provisionedRunning} per GB-second of run time.`,
  },

  latency: {
    title: 'Latency distribution',
    value: 'Invocations',
    axis: 'Latency from arrival to end',
    cold: 'Cold start (micro VM start, init and run)',
    warm: 'Warm start (run only)',
    window: (count: string) =>
      `The last ${count} completed invocations. The simulation keeps only recent invocations, so older ones are not in this chart.`,
    percentile: (name: string, total: string, start: string, run: string) =>
      `${name} ${total}: start-up ${start} + run ${run}`,
    percentileShort: (name: string, total: string) => `${name} ${total}`,
    tableBin: 'Latency from',
    empty: 'No completed invocations yet.',
  },
} as const;
