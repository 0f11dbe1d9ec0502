/** Strings of the analysis panels (charts, compare, long runs, traces), apart from strings.ts so a translation can replace them. */
export const ANALYSIS_STRINGS = {
  charts: {
    heading: 'Charts of this run',
    intro: 'The charts follow the run as it plays. Click a moment in a time chart to move the lanes there.',
    latencyWindowNote: 'The latency chart uses the invocations the simulation still keeps in memory.',
  },

  fastForward: {
    heading: 'Run for an hour or a day',
    intro:
      'Computes a long run of the current settings in the background, then charts it. The page stays usable while it runs.',
    hour: 'Run for an hour',
    day: 'Run for a day',
    progress: 'Long run progress',
    progressText: (percent: string, length: string) => `Computing ${length} of simulated time: ${percent} done`,
    cancel: 'Cancel the long run',
    cancelled: (reached: string) => `Cancelled at ${reached}. The charts show the run up to that moment.`,
    failed: (message: string) => `The long run failed: ${message}`,
    resultHeading: (length: string) => `Result of ${length} of simulated time`,
    jumpIntro:
      'Click a moment in a chart to show it in the lanes: the app loads these settings with the longer run length and replays the run from its seed to that moment.',
    latencyNote:
      'A long run keeps no per-invocation records, so there is no latency histogram; the latency figures cover the whole run.',
    replayProgress: 'Replay progress for the lanes',
    replaying: (target: string, percent: string) => `Replaying the run to ${target} for the lanes: ${percent} done`,
    cancelReplay: 'Stop replaying',
    lanesShow: (moment: string) => `The lanes show the long run at ${moment}.`,
    summary: {
      invocations: 'Invocations',
      coldStarts: 'Cold starts',
      throttles: 'Throttles',
      peak: 'Peak concurrency',
      p50: 'Latency p50',
      p99: 'Latency p99',
      cost: 'Cost',
    },
  },

  traces: {
    heading: 'Import traffic from a trace',
    intro:
      'Replace the traffic with arrivals from a file: a CSV of timestamps (milliseconds or ISO-8601, optionally with a source column), or per-minute counts in the layout of the Azure Functions 2019 trace. Other settings stay as they are.',
    file: 'Trace file (CSV)',
    sample: 'Sample trace',
    samples: {
      'daily-cycle.csv': 'Daily cycle (per-minute counts, one day)',
      'batch-jobs.csv': 'Bursty batch jobs (timestamps, 4 hours)',
      'launch-day.csv': 'Launch-day spike (ISO-8601 timestamps, 1 hour)',
    },
    loadSample: 'Load sample',
    spread: 'Spread within each minute',
    spreads: { even: 'Evenly spaced', uniform: 'Uniformly random', poisson: 'Poisson (random count and times)' },
    row: 'Function row',
    rowOption: (index: number, name: string, total: string, peak: string) =>
      `Row ${index}: ${name}, ${total} invocations, peak ${peak} a minute`,
    progress: 'Trace reading progress',
    progressText: (percent: string) => `Reading the trace: ${percent} done`,
    cancel: 'Cancel reading',
    fetchFailed: (name: string, status: string) => `The sample trace ${name} could not be loaded (${status}). Try again or pick a file.`,
    invalid: (count: number) =>
      `The trace was not imported because it has ${count} problem${count === 1 ? '' : 's'}. Nothing in the app changed. Fix the file and try again:`,
    failed: (message: string) => `The trace was not imported: ${message} Nothing in the app changed.`,
    parsed: (arrivals: string, span: string) => `The trace has ${arrivals} arrivals over ${span}.`,
    apply: 'Replace the traffic with this trace',
    applied: (arrivals: string, length: string) =>
      `The traffic now comes from the trace: ${arrivals} arrivals, run length ${length}. Press Play to watch it, or use "Run for an hour or a day".`,
    invalidScenario: (details: string) => `The trace could not be used with the current settings: ${details}`,
  },

  compare: {
    heading: 'Compare two settings on identical traffic',
    intro:
      'Both sides run the current settings with one change, the same seed and the same arrivals. They follow the playback bar together: Play, pause, restart and seek move both.',
    comparison: 'Comparison',
    starting: 'Starting the comparison…',
    invalid: (details: string) => `These settings cannot be compared this way: ${details}`,
    side: (letter: string, label: string) => `${letter}: ${label}`,
    differences: 'Differences so far',
    measure: 'Measure',
    difference: 'B − A',
    charts: (label: string) => `Charts of ${label}`,
  },
} as const;
