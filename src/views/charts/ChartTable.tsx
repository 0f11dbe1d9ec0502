import { formatClock } from '../../app/format';
import { CHART_STRINGS } from './chart-strings';
import type { ChartTable as ChartTableData } from './chart-table';

/** Renders a chart's text alternative: a table hidden on screen and read by screen readers. */
export function ChartTable({ title, table }: { title: string; table: ChartTableData }) {
  return (
    <table className="visually-hidden">
      <caption>{CHART_STRINGS.tableCaption(title)}</caption>
      <thead>
        <tr>
          <th scope="col">{CHART_STRINGS.tableTime}</th>
          {table.headers.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.timeMs}>
            <th scope="row">{formatClock(row.timeMs)}</th>
            {row.cells.map((cell, index) => (
              <td key={table.headers[index]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
