import { useState } from 'react';
import type { InvocationView, SourceEventView } from '../../sim/types';
import { useEngine } from '../engine/engine-context';
import { formatClock, formatCount } from '../format';
import { SOURCE_EVENT_STRINGS as text } from './source-event-strings';
import './source-events.css';

/** Rows listed for a batch; a batch of an SQS queue or a stream may carry up to 10,000 events. */
const ROWS_SHOWN = 10;

/** Final states, after which failing the event changes nothing. */
const FINAL_STATES = new Set<SourceEventView['state']>(['succeeded', 'failed', 'throttled', 'dead-lettered', 'sent-to-destination', 'lost']);

/**
 * Lists the source events an invocation carried, with their state, tries, SQS receive count, stream
 * shard and the status code an API Gateway caller got, and a "Fail this event" button for each.
 * The events are the simulation's live objects, so the table follows them as the run goes on.
 */
export function SourceEventDetails({ invocation }: { invocation: InvocationView }) {
  const engine = useEngine();
  const [message, setMessage] = useState<string | null>(null);
  const events = invocation.events;
  if (events.length === 0) return null;

  const shown = events.slice(0, ROWS_SHOWN);
  const showReceives = invocation.mode === 'queue';
  const showShard = invocation.mode === 'stream';
  const showResponse = invocation.source === 'api-gateway';

  const fail = (id: number) => {
    if (engine.failEvent(id)) setMessage(text.failed(id));
  };

  return (
    <section aria-labelledby="source-events-title">
      <h4 id="source-events-title">{text.heading}</h4>
      <p className="panel-note">{text.help}</p>
      {events.length > shown.length && <p className="panel-note">{text.batchMore(shown.length, events.length)}</p>}
      <div className="table-scroll">
        <table className="history source-events">
          <thead>
            <tr>
              <th scope="col">{text.columns.event}</th>
              <th scope="col">{text.columns.state}</th>
              <th scope="col">{text.columns.attempts}</th>
              {showReceives && <th scope="col">{text.columns.receiveCount}</th>}
              {showShard && <th scope="col">{text.columns.shard}</th>}
              {showResponse && <th scope="col">{text.columns.response}</th>}
              <th scope="col">{text.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((event) => (
              <tr key={event.id}>
                <th scope="row">{text.eventId(event.id)}</th>
                <td className={`event-state event-${event.state}`}>{text.states[event.state]}</td>
                <td>{formatCount(event.attempts)}</td>
                {showReceives && <td>{formatCount(event.receiveCount)}</td>}
                {showShard && <td>{event.shard ?? '–'}</td>}
                {showResponse && (
                  <td>{event.response ? text.response(event.response.statusCode, formatClock(event.response.atMs)) : text.noResponse}</td>
                )}
                <td>
                  {event.poison ? (
                    <span className="event-poison">{text.failing}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={text.failLabel(event.id)}
                      disabled={FINAL_STATES.has(event.state)}
                      onClick={() => fail(event.id)}
                    >
                      {text.fail}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="panel-note">
        {message}
      </p>
    </section>
  );
}
