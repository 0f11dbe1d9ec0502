/**
 * Options of embed mode, read from the query string: `embed=1` turns it on, `controls=` lists the
 * parts shown, `tour=1` starts the guided tour, `allow=` lists the origins whose commands are obeyed.
 * Preset, autoplay and speed come from the app's usual parameters.
 */
import { EMBED_STRINGS } from './embed-strings';

/** Parts of the page an embed may show besides the lanes. */
export const EMBED_PARTS = ['playback', 'timeline', 'numbers', 'settings', 'inspector'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

/** Parts shown when `controls=` is not given: enough to play the lesson, nothing to configure. */
export const DEFAULT_EMBED_PARTS: readonly EmbedPart[] = ['playback', 'numbers'];

export interface EmbedOptions {
  embed: boolean;
  parts: ReadonlySet<EmbedPart>;
  tour: boolean;
  /** Origins (scheme, host, port) whose postMessage commands are executed. */
  allowedOrigins: ReadonlySet<string>;
  notices: string[];
}

function isEmbedPart(value: string): value is EmbedPart {
  return (EMBED_PARTS as readonly string[]).includes(value);
}

/** Returns the origin of an http(s) URL written as an origin, or null for anything else. */
export function toOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // Only a bare origin is accepted, so "https://a.example/path" cannot be mistaken for a wider grant.
  if (`${url.origin}` !== text.replace(/\/$/, '')) return null;
  return url.origin;
}

/** Reads the embed options from a query string such as `?embed=1&controls=playback,numbers`. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const flag = (name: string) => params.get(name) === '1' || params.get(name) === 'true';

  const parts = new Set<EmbedPart>(DEFAULT_EMBED_PARTS);
  const controls = params.get('controls');
  if (controls !== null) {
    parts.clear();
    for (const item of controls.split(',').map((part) => part.trim()).filter(Boolean)) {
      if (isEmbedPart(item)) parts.add(item);
      else notices.push(EMBED_STRINGS.invalidControls(item, EMBED_PARTS.join(', ')));
    }
  }

  const allowedOrigins = new Set<string>();
  for (const item of (params.get('allow') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)) {
    const origin = toOrigin(item);
    if (origin === null) notices.push(EMBED_STRINGS.invalidAllow(item));
    else allowedOrigins.add(origin);
  }

  return { embed: flag('embed'), parts, tour: flag('tour'), allowedOrigins, notices };
}
