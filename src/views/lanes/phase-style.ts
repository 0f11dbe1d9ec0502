import type { Phase } from '../../sim/types';

/**
 * Texture drawn over a phase's fill so that no state depends on colour alone: `dots`, `hatch` (///),
 * `back-hatch` (\\\), `cross-hatch`, `pinstripe` (horizontal lines), `vertical` (|||), `solid`, and
 * `thin` (a low band in the middle of the lane instead of a full bar).
 */
export type PhaseTexture =
  | 'dots'
  | 'hatch'
  | 'back-hatch'
  | 'cross-hatch'
  | 'pinstripe'
  | 'vertical'
  | 'solid'
  | 'thin';

/** Appearance of one phase in the lanes, the density view and the legend. */
export interface PhaseStyle {
  phase: Phase;
  /** Name shown in the legend and read by screen readers. */
  label: string;
  /** Words written inside a segment: the first when it fits, else the shorter second. */
  words: readonly [string, string];
  /** One sentence for the legend's tooltip. */
  description: string;
  /** Fill colour, from the Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies. */
  fill: string;
  /** Colour of the texture lines or dots drawn over the fill. */
  ink: string;
  texture: PhaseTexture;
  /** Colour of the word written inside a segment, chosen for contrast with `fill`. */
  text: string;
}

/** Okabe-Ito colours (Okabe and Ito, "Color Universal Design", 2008). */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/**
 * Phases in the order an environment lives through them, which is also the legend's order.
 * `terminated` is left out because a terminated environment draws nothing.
 */
export const DRAWN_PHASES: readonly Exclude<Phase, 'terminated'>[] = [
  'provisioning',
  'initializing',
  'reinitializing',
  'invoking-cold',
  'invoking-warm',
  'idle',
  'resetting',
  'shutting-down',
];

const STYLES: Record<Exclude<Phase, 'terminated'>, PhaseStyle> = {
  provisioning: {
    phase: 'provisioning',
    label: 'Provisioning',
    words: ['provisioning', 'prov'],
    description: 'Lambda fetches the code and starts a new micro VM.',
    fill: OKABE_ITO.reddishPurple,
    ink: '#ffffff',
    texture: 'dots',
    text: '#2a0a1e',
  },
  initializing: {
    phase: 'initializing',
    label: 'Initializing',
    words: ['init', 'init'],
    description: 'The runtime and the function code outside the handler run once: the cold start.',
    fill: OKABE_ITO.skyBlue,
    ink: '#ffffff',
    texture: 'hatch',
    text: '#0b2a3d',
  },
  reinitializing: {
    phase: 'reinitializing',
    label: 'Re-initializing',
    words: ['re-init', 're-init'],
    description: 'Init ran past its 10 s limit, so it runs again inside the first invocation.',
    fill: OKABE_ITO.yellow,
    ink: '#5c5200',
    texture: 'cross-hatch',
    text: '#2b2600',
  },
  'invoking-cold': {
    phase: 'invoking-cold',
    label: 'Invoking (cold start)',
    words: ['cold start', 'cold'],
    description: 'The handler runs the first event after an init, so that event waited for the cold start.',
    fill: OKABE_ITO.blue,
    ink: '#7fb8e0',
    texture: 'pinstripe',
    text: '#ffffff',
  },
  'invoking-warm': {
    phase: 'invoking-warm',
    label: 'Invoking (warm start)',
    words: ['warm start', 'warm'],
    description: 'The handler runs an event on an environment that was already initialized.',
    fill: OKABE_ITO.orange,
    ink: OKABE_ITO.orange,
    texture: 'solid',
    text: '#2b1d00',
  },
  idle: {
    phase: 'idle',
    label: 'Idle',
    words: ['idle', 'idle'],
    description: 'The environment is frozen and waits, warm, for the next event until Lambda reclaims it.',
    fill: OKABE_ITO.bluishGreen,
    ink: OKABE_ITO.bluishGreen,
    texture: 'thin',
    text: '#00553d',
  },
  resetting: {
    phase: 'resetting',
    label: 'Resetting',
    words: ['reset', 'reset'],
    description: 'After a timeout or crash the environment is reset before it can take another event.',
    fill: OKABE_ITO.vermillion,
    ink: '#ffd9bf',
    texture: 'vertical',
    text: '#2b1000',
  },
  'shutting-down': {
    phase: 'shutting-down',
    label: 'Shutting down',
    words: ['shutting down', 'shutdown'],
    description: 'Lambda reclaims the environment; shutdown lasts at most 2 s.',
    fill: '#5a5a5a',
    ink: '#c8c8c8',
    texture: 'back-hatch',
    text: '#ffffff',
  },
};

/** Returns the style of a drawn phase, or null for `terminated`, which has none. */
export function phaseStyle(phase: Phase): PhaseStyle | null {
  return phase === 'terminated' ? null : STYLES[phase];
}

/** Index of a phase in {@link DRAWN_PHASES}, or -1 for `terminated`; the draw loop batches by it. */
export function phaseIndex(phase: Phase): number {
  switch (phase) {
    case 'provisioning':
      return 0;
    case 'initializing':
      return 1;
    case 'reinitializing':
      return 2;
    case 'invoking-cold':
      return 3;
    case 'invoking-warm':
      return 4;
    case 'idle':
      return 5;
    case 'resetting':
      return 6;
    case 'shutting-down':
      return 7;
    case 'terminated':
      return -1;
  }
}

/** Marker colours for arrivals; cold and warm match the invoking phases so a marker and its segment agree. */
export const MARKER_COLOURS = {
  cold: OKABE_ITO.blue,
  warm: OKABE_ITO.orange,
  throttled: OKABE_ITO.vermillion,
} as const;
