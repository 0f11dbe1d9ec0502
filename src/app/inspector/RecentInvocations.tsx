import type { InvocationView } from '../../sim/types';
import { useDisplaySnapshot } from '../engine/engine-context';
import { selectSelection } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { SOURCE_EVENT_STRINGS } from './source-event-strings';

/** How many of the latest invocations the list shows; the lanes show the rest. */
const SHOWN = 8;

const text = STRINGS.recent;

/** Describes an invocation in one line, such as "Invocation 3: API Gateway, Warm start on environment 1". */
export function describeInvocation(invocation: InvocationView): string {
  const parts = [text.item(invocation.id, STRINGS.sources[invocation.source], STRINGS.starts[invocation.start])];
  if (invocation.environmentId !== null) parts.push(text.onEnvironment(invocation.environmentId));
  if (invocation.attempt > 1) parts.push(`(${SOURCE_EVENT_STRINGS.attempt(invocation.attempt)})`);
  if (invocation.status === 'in-flight') parts.push(`(${text.inFlight})`);
  if (invocation.status === 'timeout') parts.push(`(${text.timedOut})`);
  if (invocation.status === 'error') parts.push(`(${text.failed})`);
  return parts.join(' ');
}

/**
 * Lists the latest invocations as buttons that open them in the inspector, newest first. This gives
 * keyboard and screen-reader users the same way in as clicking an event in the lanes.
 */
export function RecentInvocations() {
  const recent = useDisplaySnapshot().recentInvocations;
  const selection = useAppStore(selectSelection);
  const select = useAppStore((state) => state.select);
  const shown = recent.slice(-SHOWN).reverse();

  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{text.heading}</h2>
      {shown.length === 0 ? (
        <p className="panel-note">{text.empty}</p>
      ) : (
        <ol className="recent-list">
          {shown.map((invocation) => {
            const selected = selection?.kind === 'invocation' && selection.id === invocation.id;
            return (
              <li key={invocation.id}>
                <button
                  type="button"
                  className={`recent-item start-${invocation.start} status-${invocation.status}`}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => select({ kind: 'invocation', id: invocation.id })}
                >
                  {describeInvocation(invocation)}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
