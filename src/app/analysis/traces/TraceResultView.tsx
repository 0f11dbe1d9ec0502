import { useId, useState } from 'react';
import type { TraceResult } from '../../../sim/traces/trace-result';
import { formatCount, formatDuration } from '../../format';
import { selectScenario } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { ANALYSIS_STRINGS } from '../analysis-strings';
import { scenarioWithTrace } from './trace-scenario';

const text = ANALYSIS_STRINGS.traces;

/** Props of {@link TraceResultView}. */
export interface TraceResultViewProps {
  result: TraceResult;
  /** Parses the file again with another row of a per-minute counts trace. */
  onRow: (row: number) => void;
}

/** Shows a parsed trace: its problems with line and column, or its summary and the button that applies it. */
export function TraceResultView({ result, onRow }: TraceResultViewProps) {
  const scenario = useAppStore(selectScenario);
  const presetName = useAppStore((state) => state.presetName);
  const loadScenario = useAppStore((state) => state.loadScenario);
  const [applied, setApplied] = useState<string | null>(null);
  const rowId = useId();

  if (!result.ok) {
    return (
      <div role="alert" className="trace-problems">
        <p>{text.invalid(result.errorCount)}</p>
        <pre>{result.message}</pre>
      </div>
    );
  }

  const apply = () => {
    const next = scenarioWithTrace(scenario, result);
    if (typeof next === 'string') {
      setApplied(text.invalidScenario(next));
      return;
    }
    loadScenario(next, presetName);
    setApplied(text.applied(formatCount(result.arrivals), formatDuration(next.durationMs)));
  };

  return (
    <div className="trace-result">
      <p>{text.parsed(formatCount(result.arrivals), formatDuration(result.spanMs))}</p>
      {result.rows && result.rows.length > 1 && (
        <div className="analysis-field">
          <label htmlFor={rowId}>{text.row}</label>
          <select id={rowId} value={result.chosenRow} onChange={(event) => onRow(Number(event.target.value))}>
            {result.rows.map((row) => (
              <option key={row.index} value={row.index}>
                {text.rowOption(row.index, `${row.hashApp} / ${row.hashFunction} (${row.trigger})`, formatCount(row.total), formatCount(row.peak))}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" className="primary" onClick={apply}>
        {text.apply}
      </button>
      {applied && <p role="status">{applied}</p>}
    </div>
  );
}
