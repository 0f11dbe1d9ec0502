/**
 * Strings of the guided tour, workshop mode, notes and the shortcuts overlay, kept apart from
 * strings.ts so that a translation can replace them. Tour text is short on purpose: the learner
 * should be watching the lanes, not reading.
 */
export const TEACHING_STRINGS = {
  workshop: 'Workshop mode',
  workshopHint: 'Large type, thick lanes, high contrast and fewer controls, for a projector (key W)',
  fullScreen: 'Full screen',
  exitFullScreen: 'Leave full screen',
  fullScreenUnavailable: 'This browser does not allow full screen here. Use the browser’s own full-screen key.',
  shortcutsButton: 'Keyboard shortcuts',
  shortcutsTitle: 'Keyboard shortcuts',
  close: 'Close',
  nextPreset: (name: string) => `Next preset: ${name}`,
  shortcuts: [
    { keys: 'Space', action: 'Play or pause' },
    { keys: '→', action: 'Step to the next event' },
    { keys: '[  ]', action: 'Rewind or skip ahead by 5% of the run' },
    { keys: 'R', action: 'Restart with the same seed' },
    { keys: '+  −', action: 'Faster or slower' },
    { keys: 'N  P', action: 'Next or previous preset' },
    { keys: 'W', action: 'Workshop mode on or off' },
    { keys: 'F', action: 'Full screen on or off' },
    { keys: 'A', action: 'Pin a note on the selected environment at this moment' },
    { keys: 'T', action: 'Open the guided tour' },
    { keys: '?', action: 'Show this list' },
    { keys: 'Esc', action: 'Close this list or the note form' },
  ],

  notes: {
    add: 'Pin a note',
    addHint: 'Pin a note on the selected environment at this moment (key A)',
    needEnvironment: 'Select a lane first: a note is pinned on an environment.',
    formTitle: (environmentId: number, time: string) => `Note on environment ${environmentId} at ${time}`,
    text: 'Note',
    save: 'Pin',
    cancel: 'Cancel',
    remove: (environmentId: number) => `Remove the note on environment ${environmentId}`,
    shown: 'Notes at this moment',
    pinned: (environmentId: number, time: string) => `Environment ${environmentId}, ${time}`,
  },

  tour: {
    start: 'Guided tour',
    startHint: 'A step-by-step tour of cold starts, warm starts and scaling, on the live simulation (key T)',
    region: 'Guided tour',
    progress: (step: number, total: number) => `Step ${step} of ${total}`,
    back: 'Back',
    next: 'Next',
    skip: 'Skip this task',
    finish: 'Finish',
    close: 'Close the tour',
    waiting: 'Waiting for you…',
    taskDone: 'Well done.',
    yourTurn: 'Your turn',
  },

  /** The tour's steps, in order. Each id must match a step in tour-steps.ts. */
  steps: {
    handler: {
      title: 'One handler, one event at a time',
      body: 'Lambda runs your handler once for every event. It gets two arguments: event, what happened (here an HTTP request), and context, facts about this one invocation. The inspector shows both for request 1. This tour plays the story of three requests, then more.',
    },
    coldStart: {
      title: 'The first request: a cold start',
      body: 'Request 1 finds no environment, so Lambda makes one. Pink: it fetches your code and starts a micro VM. Light blue: init, where the runtime starts and your code outside the handler runs. Dark blue: only now does the handler run. All of that waiting is the cold start.',
    },
    parallel: {
      title: 'A second request: a second environment',
      body: 'Request 2 arrives at 0.5 s while environment 1 is still busy. An environment serves one event at a time, so Lambda starts environment 2 beside it, with its own cold start. Both run in parallel.',
    },
    warmStart: {
      title: 'The third request: a warm start',
      body: 'At 1.6 s environment 1 is idle (green) again. Request 3 goes straight to it: no micro VM, no init. Orange is a warm start. It ends 1.0 s after it arrived, against 1.4 s for the cold ones.',
    },
    scaleOut: {
      title: 'More traffic, more environments',
      body: 'This function gets about 3 requests a second, and a few warm environments serve them all. Concurrency is how many are busy at once.',
      task: 'Raise the arrival rate in Settings, to 30 per second or more, and watch new lanes start cold.',
    },
    throttling: {
      title: 'The concurrency limit and throttling',
      body: 'This account allows only 10 concurrent executions. At 1 s a burst of 30 requests arrives: 10 environments start and the other 20 are throttled. Lambda rejects them with 429 TooManyRequestsException and they land in the Throttled tray.',
      task: 'Press Play and wait for the burst.',
    },
    timeout: {
      title: 'Every run has a ceiling',
      body: 'An invocation may run only as long as the function timeout: 3 s by default, 15 minutes at most. Lambda stops a handler that is still running then, and the invocation fails. Here most handlers take about 1.5 s, but a few take longer.',
      task: 'Press Play and wait until one invocation times out.',
    },
    reclaim: {
      title: 'Idle environments are reclaimed',
      body: 'An idle environment waits for the next event, but not forever. After a while (AWS does not say how long; here 20 s) Lambda shuts it down (grey) and the next event will start cold again.',
      task: 'Press Play and watch both environments shut down.',
    },
    done: {
      title: 'That is the whole story',
      body: 'Cold starts, warm starts, parallel environments, throttling, timeouts and reclaim. Try the presets, change any setting while it runs, or press ? for the keyboard shortcuts.',
    },
  },
} as const;
