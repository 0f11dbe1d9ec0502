/** Every string the lanes view shows, kept together so a translation can replace this module. */
export const LANES_STRINGS = {
  listLabel: 'Environments, one per lane',
  listHint: 'Choose an environment to inspect it.',
  listMore: (count: string) => `…and ${count} more environments, summarised by the counts above.`,
  legendLabel: 'Legend',
  eventsLegend: {
    cold: 'Event, cold start',
    warm: 'Event, warm start',
    throttled: 'Event, throttled',
    timeout: 'Timed out (cut)',
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
