import type { InvocationView } from '../../sim/types';
import { formatDuration } from '../format';
import { STRINGS } from '../strings';

const text = STRINGS.inspector;

interface Part {
  key: 'provision' | 'init' | 'run';
  label: string;
  ms: number;
}

/**
 * Splits an invocation's time from arrival to end into micro VM start, init and run, as a bar and
 * as a list. A running invocation shows only the time up to `nowMs`.
 */
export function TimingBar({ invocation, nowMs }: { invocation: InvocationView; nowMs: number }) {
  const running = Number.isNaN(invocation.endMs);
  const started = !Number.isNaN(invocation.startMs);

  // While the invocation runs, show only the time that has passed, not the parts still to come.
  const elapsedMs = running ? Math.max(0, nowMs - invocation.arrivalMs) : Number.POSITIVE_INFINITY;
  const provisionMs = Math.min(invocation.provisionMs, elapsedMs);
  const initMs = Math.min(invocation.initMs, Math.max(0, elapsedMs - provisionMs));
  let runMs = invocation.runMs;
  if (running) runMs = started ? Math.max(0, nowMs - invocation.startMs) : 0;

  const parts: Part[] = [
    { key: 'provision', label: text.provisionPart, ms: provisionMs },
    { key: 'init', label: text.initPart, ms: initMs },
    { key: 'run', label: text.runPart, ms: runMs },
  ];
  const total = parts.reduce((sum, part) => sum + part.ms, 0);
  const latencyMs = running ? Number.NaN : invocation.endMs - invocation.arrivalMs;
  const cut = invocation.status === 'timeout';
  const barLabel = parts
    .filter((part) => part.ms > 0)
    .map((part) => `${part.label} ${formatDuration(part.ms)}${part.key === 'run' && cut ? ` ${text.cut}` : ''}`)
    .join(', ');

  return (
    <div className="timing">
      {/* An img needs a name even when the bar is empty, or screen readers announce a nameless image. */}
      <div className="timing-bar" role="img" aria-label={barLabel === '' ? text.timingEmpty : barLabel}>
        {total > 0 &&
          parts
            .filter((part) => part.ms > 0)
            .map((part) => (
              <div
                key={part.key}
                className={`timing-part timing-${part.key}${part.key === 'run' && cut ? ' timing-cut' : ''}`}
                style={{ flexGrow: part.ms }} title={`${part.label}: ${formatDuration(part.ms)}`}>
                {part.ms / total > 0.12 ? part.label : ''}
              </div>
            ))}
      </div>
      <dl className="facts timing-facts">
        {parts.map((part) => (
          <div key={part.key} className={`timing-fact timing-fact-${part.key}`}>
            <dt>{part.label}</dt>
            <dd>
              {formatDuration(part.ms)}
              {part.key === 'run' && running && started ? ` (${text.running})` : ''}
            </dd>
          </div>
        ))}
        <div>
          <dt>{text.latency}</dt>
          <dd>{running ? text.running : formatDuration(latencyMs)}</dd>
        </div>
      </dl>
    </div>
  );
}
