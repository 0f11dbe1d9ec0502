/**
 * Strings of the pace note, the live announcements and the panel error boundary, kept apart from
 * strings.ts in the same shape so that a translation replaces both. Numbers arrive formatted.
 */
export const ROBUSTNESS_STRINGS = {
  pace: {
    /** Shown while the simulation cannot keep up with the speed the person picked. */
    behind: (actual: string, requested: string) => `Running at ${actual}× of ${requested}×`,
    behindHint: 'This device cannot simulate this much traffic at the chosen speed, so the run plays slower.',
  },

  announcements: {
    firstColdStart: 'First cold start: Lambda is starting a new execution environment.',
    coldStarts: (count: number, shown: string) => (count === 1 ? '1 cold start' : `${shown} cold starts`),
    throttles: (count: number, shown: string) => (count === 1 ? '1 event throttled' : `${shown} events throttled`),
    timeouts: (count: number, shown: string) =>
      count === 1 ? '1 invocation timed out' : `${shown} invocations timed out`,
    /** Joins the parts of one summary, such as "3 cold starts, 12 events throttled". */
    summary: (parts: readonly string[]) => `${parts.join(', ')}.`,
    /** Follows the first cold start's sentence when other events came with it. */
    more: (summary: string) => `Also: ${summary}`,
  },

  /** Names of panels that strings.ts has no region name for, as the error boundary shows them. */
  panelNames: {
    timeline: 'Position in the run',
    teaching: 'Teaching tools',
    tour: 'Guided tour',
  },

  panelError: {
    title: (panel: string) => `The ${panel} panel stopped working.`,
    detail: 'The rest of the app still works. Reset the panel to try again.',
    message: (message: string) => `Error: ${message}`,
    reset: (panel: string) => `Reset ${panel}`,
  },
} as const;
