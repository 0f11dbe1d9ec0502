import { useDisplaySnapshot, useEngine } from '../engine/engine-context';
import { selectScenario, selectSelection } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { EnvironmentDetails } from './EnvironmentDetails';
import { HandlerPanel } from './HandlerPanel';
import { InvocationDetails } from './InvocationDetails';
import { LessonCaption } from './LessonCaption';

const text = STRINGS.inspector;

/**
 * Details of the selected environment or invocation, refreshed with the live numbers, and the
 * handler code that every invocation runs.
 */
export function Inspector() {
  const engine = useEngine();
  const selection = useAppStore(selectSelection);
  const scenario = useAppStore(selectScenario);
  const select = useAppStore((state) => state.select);
  // Subscribing re-renders the details a few times a second while the run goes on.
  const nowMs = useDisplaySnapshot().nowMs;

  let details;
  if (selection === null) {
    details = <p className="panel-note">{text.empty}</p>;
  } else if (selection.kind === 'environment') {
    const environment = engine.environment(selection.id);
    details = environment ? <EnvironmentDetails environment={environment} nowMs={nowMs} onSelect={select} /> : <p>{text.gone}</p>;
  } else {
    const invocation = engine.invocation(selection.id);
    details = invocation ? (
      <InvocationDetails invocation={invocation} scenario={scenario} nowMs={nowMs} onSelect={select} />
    ) : (
      <p>{text.gone}</p>
    );
  }

  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <div className="panel-head">
        <h2 id="inspector-heading">{text.heading}</h2>
        {selection !== null && (
          <button type="button" onClick={() => select(null)}>
            {text.close}
          </button>
        )}
      </div>
      <div className="inspector-body">
        <div className="inspector-details">
          <LessonCaption />
          {details}
        </div>
        <HandlerPanel />
      </div>
    </section>
  );
}
