import { ANALYSIS_STRINGS } from '../analysis-strings';
import type { CompareSession } from './compare-session';
import { differenceRows } from './difference-rows';

const text = ANALYSIS_STRINGS.compare;

/** Props of {@link DifferenceTable}. */
export interface DifferenceTableProps {
  session: CompareSession;
  labels: [string, string];
  /** Changes when the table should read the session again. */
  tick: number;
}

/** Renders the table of differences between the two sides, read again on each tick. */
export function DifferenceTable({ session, labels }: DifferenceTableProps) {
  const [first, second] = session.sides.map((side) => side.getSnapshot().metrics);
  const rows = differenceRows(first, second);
  return (
    <table className="compare-table">
      <caption>{text.differences}</caption>
      <thead>
        <tr>
          <th scope="col">{text.measure}</th>
          <th scope="col">{text.side('A', labels[0])}</th>
          <th scope="col">{text.side('B', labels[1])}</th>
          <th scope="col">{text.difference}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.first}</td>
            <td>{row.second}</td>
            <td>{row.difference}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
