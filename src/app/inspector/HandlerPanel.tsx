import { STRINGS } from '../strings';

/** The handler itself, as code: a function of `event` and `context` that logs and returns true. */
export function HandlerPanel() {
  return (
    <figure className="code-block handler-panel">
      <figcaption>
        <span className="code-name">{STRINGS.inspector.handler}</span>{' '}
        <span className="code-help">{STRINGS.inspector.handlerHelp}</span>
      </figcaption>
      <pre tabIndex={0}>
        <code>{STRINGS.inspector.handlerSource}</code>
      </pre>
    </figure>
  );
}
