import { useId } from 'react';

/**
 * Shows one labelled figure of the live numbers. The value is an `output` named by its label, so
 * screen readers and tests find "Cold starts" directly. It is not a live region, because a figure
 * that changes four times a second would drown everything else out.
 */
export function Stat({ label, value, tone }: { label: string; value: string; tone?: 'cold' | 'warm' | 'alert' }) {
  const id = useId();
  return (
    <div className={tone ? `stat stat-${tone}` : 'stat'}>
      <span id={id} className="stat-label">
        {label}
      </span>
      <output className="stat-value" aria-labelledby={id} aria-live="off">
        {value}
      </output>
    </div>
  );
}
