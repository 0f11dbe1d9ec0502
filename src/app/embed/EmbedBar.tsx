import { EMBED_STRINGS } from './embed-strings';
import './embed.css';

/** Returns the address of the full app for the current embed: the same page without the embed parameters. */
function fullAppUrl(): string {
  const params = new URLSearchParams(window.location.search);
  for (const name of ['embed', 'controls', 'allow', 'tour']) params.delete(name);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/** Renders the one line of chrome an embed keeps: the app's name and a link to the full app in a new tab. */
export function EmbedBar() {
  return (
    <div className="embed-bar">
      <span className="embed-name">lambda-lanes</span>
      <a href={fullAppUrl()} target="_blank" rel="noopener" title={EMBED_STRINGS.openFullHint}>
        {EMBED_STRINGS.openFull}
      </a>
    </div>
  );
}
