import { contextObject, eventPayload } from '../../sim/payloads';
import type { InvocationView, Scenario } from '../../sim/types';
import { formatClock } from '../format';
import type { Selection } from '../selection';
import { STRINGS } from '../strings';
import { JsonBlock } from './JsonBlock';
import { SourceEventDetails } from './SourceEventDetails';
import { TimingBar } from './TimingBar';

const text = STRINGS.inspector;

interface InvocationDetailsProps {
  invocation: InvocationView;
  scenario: Scenario;
  nowMs: number;
  onSelect: (selection: Selection) => void;
}

/** Shows one invocation: where it came from, how it started and ended, its timing, and its event and context. */
export function InvocationDetails({ invocation, scenario, nowMs, onSelect }: InvocationDetailsProps) {
  const context = contextObject(invocation, scenario);
  const event = eventPayload(invocation, scenario);
  const cut = invocation.status === 'timeout';

  return (
    <article className="details" aria-labelledby="invocation-title">
      <h3 id="invocation-title">{text.invocationTitle(invocation.id)}</h3>
      <dl className="facts">
        <div>
          <dt>{text.source}</dt>
          <dd>{STRINGS.sources[invocation.source]}</dd>
        </div>
        <div>
          <dt>{text.arrival}</dt>
          <dd>{formatClock(invocation.arrivalMs)}</dd>
        </div>
        <div>
          <dt>{text.start}</dt>
          <dd className={`start-${invocation.start}`}>{STRINGS.starts[invocation.start]}</dd>
        </div>
        <div>
          <dt>{text.status}</dt>
          <dd className={cut ? 'status-cut' : undefined}>{STRINGS.statuses[invocation.status]}</dd>
        </div>
        {invocation.throttleCause && (
          <div>
            <dt>{text.throttleCause}</dt>
            <dd>{STRINGS.throttleCauses[invocation.throttleCause]}</dd>
          </div>
        )}
        {invocation.environmentId !== null && (
          <div>
            <dt>{text.environment}</dt>
            <dd>
              <button
                type="button"
                className="link-button"
                onClick={() => invocation.environmentId !== null && onSelect({ kind: 'environment', id: invocation.environmentId })}
              >
                {text.openEnvironment(invocation.environmentId)}
              </button>
            </dd>
          </div>
        )}
      </dl>

      {invocation.start !== 'throttled' && (
        <section aria-label={text.timing}>
          <h4>{text.timing}</h4>
          <TimingBar invocation={invocation} nowMs={nowMs} />
        </section>
      )}

      <SourceEventDetails invocation={invocation} />

      <JsonBlock caption={text.event} help={context ? text.eventHelp : text.eventNotDelivered} value={event} />
      {context && <JsonBlock caption={text.context} help={text.contextHelp} value={context} />}
    </article>
  );
}
