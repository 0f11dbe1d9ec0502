/** One entry of a chart legend. */
export interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  /** Drawing style of the series, so the swatch matches it. */
  shape: 'area' | 'line' | 'dashed' | 'mark';
}

/** Renders a chart's legend as a list, so the colours have names for everyone. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className={`chart-swatch chart-swatch-${entry.shape}`} style={{ color: entry.colour }} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
