import type { EnvironmentCounts } from '../../sim/types';
import { LANES_STRINGS } from './lanes-strings';
import { OKABE_ITO, phaseStyle } from './phase-style';

interface EnvironmentSummaryProps {
  counts: EnvironmentCounts;
  /** Environment rows per CSS pixel row in the density view, or 0 in the lanes view. */
  rowsPerPixel: number;
}

const words = LANES_STRINGS.summary;

/** Counts of environments by state, with the colours of their phases; the density view's key figures. */
export function EnvironmentSummary({ counts, rowsPerPixel }: EnvironmentSummaryProps) {
  const items = [
    { key: 'provisioning', count: counts.provisioning, word: words.provisioning, colour: phaseStyle('provisioning')?.fill },
    { key: 'initializing', count: counts.initializing, word: words.initializing, colour: phaseStyle('initializing')?.fill },
    { key: 'busy', count: counts.busy, word: words.busy, colour: `linear-gradient(90deg, ${OKABE_ITO.blue} 50%, ${OKABE_ITO.orange} 50%)` },
    { key: 'idle', count: counts.idle, word: words.idle, colour: phaseStyle('idle')?.fill },
    { key: 'shutting-down', count: counts.shuttingDown, word: words.shuttingDown, colour: phaseStyle('shutting-down')?.fill },
  ];

  return (
    <div className="lanes-summary">
      <strong>{words.total(counts.total.toLocaleString('en-US'))}</strong>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span className="lanes-summary-dot" style={{ background: item.colour }} aria-hidden="true" />
            {item.count.toLocaleString('en-US')} {item.word}
          </li>
        ))}
      </ul>
      {rowsPerPixel > 0 && (
        <span className="lanes-density-note">
          {LANES_STRINGS.densityNote(
            Math.round(rowsPerPixel) <= 1 ? LANES_STRINGS.oneRowEach : LANES_STRINGS.rowsShared(Math.round(rowsPerPixel).toLocaleString('en-US')),
          )}
        </span>
      )}
    </div>
  );
}
