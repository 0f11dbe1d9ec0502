import type { JsonValue } from '../../sim/payloads';

/** Shows a pretty-printed JSON object under a caption, which is also the figure's accessible name. */
export function JsonBlock({ caption, help, value }: { caption: string; help: string; value: JsonValue }) {
  return (
    <figure className="code-block">
      <figcaption>
        <code className="code-name">{caption}</code> <span className="code-help">{help}</span>
      </figcaption>
      <pre tabIndex={0}>
        <code>{JSON.stringify(value, null, 2)}</code>
      </pre>
    </figure>
  );
}
