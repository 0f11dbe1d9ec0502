import { LANES_STRINGS } from './lanes-strings';
import { DRAWN_PHASES, MARKER_COLOURS, phaseStyle, type PhaseStyle } from './phase-style';
import { PhaseSwatch } from './PhaseSwatch';
import { sourceStyle } from './source-style';

const STYLES = DRAWN_PHASES.map((phase) => phaseStyle(phase)).filter((style): style is PhaseStyle => style !== null);

/** Names every phase with its colour and texture, and every marker shape, in the lanes' own drawing. */
export function Legend() {
  const events = LANES_STRINGS.eventsLegend;
  return (
    <ul className="lanes-legend" aria-label={LANES_STRINGS.legendLabel}>
      {STYLES.map((style) => (
        <li key={style.phase} title={style.description}>
          <PhaseSwatch style={style} />
          <span>{style.label}</span>
        </li>
      ))}
      <li className="lanes-legend-break">
        <svg className="lanes-glyph" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill={sourceStyle('sqs').colour} />
          <path d={sourceStyle('sqs').icon} fill="#fff" fillRule="evenodd" transform="translate(3.5 3.5) scale(0.56)" />
        </svg>
        <span>{events.inFlight}</span>
      </li>
      <li>
        <svg className="lanes-glyph" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="#1d2330" />
          <text x="8" y="11.5" textAnchor="middle" fontSize="10" fontWeight="700" fill="#fff">
            2
          </text>
        </svg>
        <span>{events.retry}</span>
      </li>
      <li>
        <MarkerGlyph shape="diamond" colour={MARKER_COLOURS.cold} />
        <span>{events.cold}</span>
      </li>
      <li>
        <MarkerGlyph shape="circle" colour={MARKER_COLOURS.warm} />
        <span>{events.warm}</span>
      </li>
      <li>
        <MarkerGlyph shape="square" colour={MARKER_COLOURS.throttled} />
        <span>{events.throttled}</span>
      </li>
      <li>
        <svg className="lanes-glyph" viewBox="0 0 16 16" aria-hidden="true">
          <polyline points="8,0 11,3 5,6 11,9 5,12 8,16" fill="none" stroke="#fff" strokeWidth="4" />
          <polyline points="8,0 11,3 5,6 11,9 5,12 8,16" fill="none" stroke="#1d2330" strokeWidth="2" />
        </svg>
        <span>{events.timeout}</span>
      </li>
      <li>
        <svg className="lanes-glyph" viewBox="0 0 16 16" aria-hidden="true">
          <line x1="8" y1="1" x2="8" y2="15" stroke="#fff" strokeWidth="5" />
          <line x1="8" y1="1" x2="8" y2="15" stroke={MARKER_COLOURS.throttled} strokeWidth="2.5" />
        </svg>
        <span>{events.gatewayTimeout}</span>
      </li>
    </ul>
  );
}

function MarkerGlyph({ shape, colour }: { shape: 'diamond' | 'circle' | 'square'; colour: string }) {
  return (
    <svg className="lanes-glyph" viewBox="0 0 16 16" aria-hidden="true">
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" fill={colour} stroke="#fff" />}
      {shape === 'circle' && <circle cx="8" cy="8" r="6" fill={colour} stroke="#fff" />}
      {shape === 'square' && <rect x="3" y="3" width="10" height="10" fill={colour} stroke="#fff" />}
    </svg>
  );
}
