import type { EnvironmentView } from '../../sim/types';
import { formatClock, formatCount, formatDuration } from '../format';
import type { Selection } from '../selection';
import { STRINGS } from '../strings';

const text = STRINGS.inspector;

interface EnvironmentDetailsProps {
  environment: EnvironmentView;
  nowMs: number;
  onSelect: (selection: Selection) => void;
}

/** Shows one environment: provisioned or on demand, what it is doing now, and its state history with times. */
export function EnvironmentDetails({ environment, nowMs, onSelect }: EnvironmentDetailsProps) {
  const history = environment.history;
  const truncated = history.length > 0 && history[0].startMs > environment.createdMs;

  return (
    <article className="details" aria-labelledby="environment-title">
      <h3 id="environment-title">{text.environmentTitle(environment.id)}</h3>
      <dl className="facts">
        <div>
          <dt>{text.kind}</dt>
          <dd>{environment.provisioned ? text.provisioned : text.onDemand}</dd>
        </div>
        <div>
          <dt>{text.created}</dt>
          <dd>{formatClock(environment.createdMs)}</dd>
        </div>
        <div>
          <dt>{text.phaseNow}</dt>
          <dd className={`phase-${environment.phase}`}>{STRINGS.phases[environment.phase]}</dd>
        </div>
        <div>
          <dt>{text.served}</dt>
          <dd>{formatCount(environment.invocationsServed)}</dd>
        </div>
      </dl>

      <h4>{text.history}</h4>
      {truncated && <p className="panel-note">{text.historyTruncated}</p>}
      <div className="table-scroll">
        <table className="history">
          <thead>
            <tr>
              <th scope="col">{text.historyPhase}</th>
              <th scope="col">{text.historyFrom}</th>
              <th scope="col">{text.historyTo}</th>
              <th scope="col">{text.historyLength}</th>
              <th scope="col">{text.historyInvocation}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((span) => {
              const ongoing = Number.isNaN(span.endMs);
              const lengthMs = (ongoing ? nowMs : span.endMs) - span.startMs;
              return (
                <tr key={`${span.phase}-${span.startMs}`}>
                  <td>
                    <span className={`phase-swatch phase-${span.phase}`} aria-hidden="true" />
                    {STRINGS.phases[span.phase]}
                  </td>
                  <td>{formatClock(span.startMs)}</td>
                  <td>{ongoing ? text.ongoing : formatClock(span.endMs)}</td>
                  <td>{formatDuration(Math.max(0, lengthMs))}</td>
                  <td>
                    {span.invocationId !== null && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => span.invocationId !== null && onSelect({ kind: 'invocation', id: span.invocationId })}
                      >
                        {text.invocationTitle(span.invocationId)}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
