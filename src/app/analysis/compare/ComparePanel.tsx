import { useId, useState } from 'react';
import { ANALYSIS_STRINGS } from '../analysis-strings';
import { CostPrices } from '../CostPrices';
import { CompareSideView } from './CompareSideView';
import { DifferenceTable } from './DifferenceTable';
import type { CompareSession } from './compare-session';
import { useCompareSession } from './use-compare-session';
import { useSessionTick } from './use-session-tick';
import { COMPARISONS, type ComparisonKey } from './variants';
import './compare.css';

const text = ANALYSIS_STRINGS.compare;
const KEYS = Object.keys(COMPARISONS) as ComparisonKey[];

/** Wall time between redraws of the comparison's charts and table. */
const REDRAW_INTERVAL_MS = 500;

/**
 * Compares two versions of the current settings on identical traffic: lanes and charts for both,
 * moved by the playback bar, and a table of differences.
 */
export default function ComparePanel() {
  const [key, setKey] = useState<ComparisonKey>('provisioned');
  const session = useCompareSession(key);
  const selectId = useId();
  const comparison = COMPARISONS[key];

  return (
    <div className="analysis-view">
      <h2>{text.heading}</h2>
      <p className="panel-note">{text.intro}</p>
      <div className="analysis-field">
        <label htmlFor={selectId}>{text.comparison}</label>
        <select id={selectId} value={key} onChange={(event) => setKey(event.target.value as ComparisonKey)}>
          {KEYS.map((name) => (
            <option key={name} value={name}>
              {COMPARISONS[name].label}
            </option>
          ))}
        </select>
      </div>
      {'note' in comparison && <p className="panel-note">{comparison.note}</p>}
      {session === null && <p className="panel-note">{text.starting}</p>}
      {typeof session === 'string' && <p role="alert">{text.invalid(session)}</p>}
      {session !== null && typeof session !== 'string' && (
        <CompareBody session={session} labels={[comparison.sides[0].label, comparison.sides[1].label]} />
      )}
    </div>
  );
}

function CompareBody({ session, labels }: { session: CompareSession; labels: [string, string] }) {
  const tick = useSessionTick(session, REDRAW_INTERVAL_MS);
  return (
    <>
      <DifferenceTable session={session} labels={labels} tick={tick} />
      <div className="compare-sides">
        <CompareSideView side={session.sides[0]} heading={text.side('A', labels[0])} tick={tick} />
        <CompareSideView side={session.sides[1]} heading={text.side('B', labels[1])} tick={tick} />
      </div>
      <CostPrices architecture={session.sides[0].scenario.function.architecture} />
    </>
  );
}
