/** Props of {@link FastForwardProgress}. */
export interface FastForwardProgressProps {
  /** Accessible name of the progress bar. */
  label: string;
  fraction: number;
  /** Text beside the bar, given the percentage done. */
  description: (percent: string) => string;
  cancelLabel: string;
  onCancel: () => void;
}

/** Renders a progress bar with its text and a cancel button. */
export function FastForwardProgress({ label, fraction, description, cancelLabel, onCancel }: FastForwardProgressProps) {
  const percent = `${Math.floor(fraction * 100)} %`;
  return (
    <div className="analysis-progress">
      <progress aria-label={label} max={1} value={fraction} />
      <span role="status">{description(percent)}</span>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
