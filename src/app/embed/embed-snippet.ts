import type { EmbedPart } from './embed-options';
import { DEFAULT_EMBED_PARTS } from './embed-options';
import { EMBED_STRINGS } from './embed-strings';

/** Options chosen in the embed code dialog. */
export interface SnippetOptions {
  /** Address of the app, without query or fragment, such as https://host.example/lambda-lanes/. */
  appUrl: string;
  /** A preset name, or null to carry the current run in `fragment`. */
  preset: string | null;
  /** The `s=...` fragment of the current run, used when `preset` is null. */
  fragment: string | null;
  autoplay: boolean;
  tour: boolean;
  parts: readonly EmbedPart[];
  allowedOrigins: readonly string[];
}

/** Frame height that shows the lanes and the playback bar without scrolling; the page then posts its own. */
export const SNIPPET_HEIGHT = 640;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Builds the address the frame opens. */
export function embedUrl(options: SnippetOptions): string {
  const params = new URLSearchParams({ embed: '1' });
  if (options.preset !== null) params.set('preset', options.preset);
  if (options.autoplay) params.set('autoplay', '1');
  if (options.tour) params.set('tour', '1');
  const sameParts = options.parts.length === DEFAULT_EMBED_PARTS.length && options.parts.every((part) => DEFAULT_EMBED_PARTS.includes(part));
  if (!sameParts) params.set('controls', options.parts.join(','));
  if (options.allowedOrigins.length > 0) params.set('allow', options.allowedOrigins.join(','));
  // URLSearchParams escapes ':' and '/' in origins; both are safe in a query, and plain text reads better.
  const query = params.toString().replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',');
  const fragment = options.preset === null && options.fragment ? `#${options.fragment}` : '';
  return `${options.appUrl}?${query}${fragment}`;
}

/** Builds the `<iframe>` snippet a course author pastes into a page. */
export function embedSnippet(options: SnippetOptions): string {
  const attributes = [
    `src="${escapeAttribute(embedUrl(options))}"`,
    `title="${escapeAttribute(EMBED_STRINGS.frameTitle)}"`,
    `width="100%"`,
    `height="${SNIPPET_HEIGHT}"`,
    `style="border: 0; max-width: 1200px;"`,
    `loading="lazy"`,
    `allow="fullscreen"`,
  ];
  return `<iframe\n  ${attributes.join('\n  ')}\n></iframe>`;
}
