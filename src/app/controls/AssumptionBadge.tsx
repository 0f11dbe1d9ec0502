import { STRINGS } from '../strings';

/**
 * Marks a value that AWS does not document. The basis shows as a tooltip on hover and opens below
 * the badge on click, so touch screens and keyboards reach it too.
 */
export function AssumptionBadge({ basis }: { basis: string }) {
  const text = STRINGS.controls.assumptionTitle(basis);
  return (
    <details className="assumption" title={text}>
      <summary>{STRINGS.controls.assumption}</summary>
      <p className="assumption-basis">{text}</p>
    </details>
  );
}
