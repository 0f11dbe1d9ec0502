import { useId } from 'react';
import { formatCount } from '../format';
import { STRINGS } from '../strings';

interface ConcurrencyGaugeProps {
  concurrency: number;
  peak: number;
  limit: number;
}

/** Draws a bar that fills as concurrency nears its limit, with a tick at the peak so far. */
export function ConcurrencyGauge({ concurrency, peak, limit }: ConcurrencyGaugeProps) {
  const id = useId();
  const share = limit > 0 ? Math.min(1, concurrency / limit) : 0;
  const peakShare = limit > 0 ? Math.min(1, peak / limit) : 0;
  const valueText = STRINGS.numbers.concurrencyOf(formatCount(concurrency), formatCount(limit));
  let level = 'normal';
  if (share >= 1) level = 'full';
  else if (share >= 0.8) level = 'high';

  return (
    <div className="gauge">
      <div className="gauge-head">
        <span id={id}>{STRINGS.numbers.concurrency}</span>
        <span className="gauge-value">{valueText}</span>
      </div>
      <div
        className={`gauge-track gauge-${level}`}
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={concurrency}
        aria-valuetext={valueText}
      >
        <div className="gauge-fill" style={{ width: `${share * 100}%` }} />
        <div className="gauge-peak" style={{ left: `${peakShare * 100}%` }} aria-hidden="true" />
      </div>
    </div>
  );
}
