import type { EmbedOptions, EmbedPart } from './embed-options';

/** Visibility of each part of the page besides the lanes, and of the full app's own extras. */
export interface LayoutParts extends Record<EmbedPart, boolean> {
  /** The header, the presenter buttons and the link and export buttons. */
  chrome: boolean;
}

/**
 * Decides what the page shows. An embed shows the parts its address lists and no chrome, plus
 * playback and settings when it runs the tour. Workshop mode keeps what a presenter uses while
 * talking (playback, time slider, numbers, inspector) and hides the settings panel, which a room
 * cannot read anyway.
 */
export function layoutParts(embed: EmbedOptions, workshop: boolean): LayoutParts {
  if (embed.embed) {
    const has = (part: EmbedPart) => embed.parts.has(part);
    // The tour's tasks have the learner press Play and change the arrival rate, so it needs both.
    return {
      chrome: false,
      playback: has('playback') || embed.tour,
      timeline: has('timeline'),
      numbers: has('numbers'),
      settings: has('settings') || embed.tour,
      inspector: has('inspector'),
    };
  }
  return { chrome: true, playback: true, timeline: true, numbers: true, settings: !workshop, inspector: true };
}
