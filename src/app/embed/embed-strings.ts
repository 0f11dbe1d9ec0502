/** Strings of embed mode and the embed code dialog, kept apart from strings.ts so a translation can replace them. */
export const EMBED_STRINGS = {
  frameTitle: 'lambda-lanes: how AWS Lambda runs functions',
  openFull: 'Open full app',
  openFullHint: 'Open lambda-lanes with every setting in a new tab',
  embedCode: 'Copy embed code',
  dialogTitle: 'Embed lambda-lanes in a page',
  dialogIntro:
    'Paste this into an HTML page. It works from any host, sends no requests and sets no cookies. Commands from the page are accepted only from the origins listed below.',
  optionPreset: 'Preset',
  optionCurrent: 'The current run (scenario, seed and moment)',
  optionAutoplay: 'Play on load',
  optionTour: 'Start the guided tour',
  optionControls: 'Show',
  optionAllow: 'Origins allowed to send commands (comma separated)',
  optionAllowHint: 'For example https://course.example.org. Leave empty to ignore all commands.',
  parts: {
    playback: 'Playback buttons',
    timeline: 'Time slider',
    numbers: 'Live numbers',
    settings: 'Settings',
    inspector: 'Inspector',
  },
  snippet: 'Embed code',
  copy: 'Copy code',
  copied: 'Code copied.',
  copyFailed: 'The browser did not allow copying. Select the code and copy it.',
  close: 'Close',
  invalidAllow: (value: string) =>
    `"${value}" in allow= is not an origin such as https://course.example.org, so it is ignored.`,
  invalidControls: (value: string, allowed: string) =>
    `"${value}" in controls= is not a part of the page. Allowed parts: ${allowed}.`,
} as const;
