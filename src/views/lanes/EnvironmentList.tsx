import type { Selection } from '../../app/selection';
import type { EnvironmentRow } from './describe-environment';
import { LANES_STRINGS } from './lanes-strings';

interface EnvironmentListProps {
  rows: readonly EnvironmentRow[];
  /** Environments beyond the rows listed. */
  more: number;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
}

/**
 * Renders the text alternative to the canvas: one button per environment that names its state, for screen
 * readers and keyboard users. It is visually hidden until a button in it has focus, when it shows
 * over the lanes so a sighted keyboard user sees where they are.
 */
export function EnvironmentList({ rows, more, selection, onSelect }: EnvironmentListProps) {
  const selectedId = selection?.kind === 'environment' ? selection.id : null;
  return (
    <div className="lanes-a11y">
      <p className="lanes-a11y-hint">{LANES_STRINGS.listHint}</p>
      <ul aria-label={LANES_STRINGS.listLabel}>
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              aria-pressed={row.id === selectedId}
              onClick={() => onSelect({ kind: 'environment', id: row.id })}
            >
              {row.text}
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{LANES_STRINGS.listMore(more.toLocaleString('en-US'))}</p>}
    </div>
  );
}
