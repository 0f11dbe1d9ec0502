/**
 * Strings of the analysis area's buttons. Kept apart from analysis-strings.ts because this module is
 * in the page's first bundle and the panels' strings load with the panels.
 */
export const SECTION_STRINGS = {
  region: 'Analysis',
  tabs: 'Analysis views',
  loading: 'Loading…',
  loadFailed: (message: string) => `This view could not be loaded (${message}). Reload the page to try again.`,
  views: {
    charts: 'Charts',
    compare: 'Compare two settings',
    fastForward: 'Run for an hour or a day',
    traces: 'Import traffic',
  },
} as const;
