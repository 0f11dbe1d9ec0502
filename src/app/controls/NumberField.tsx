import { useId, useState, type ReactNode } from 'react';
import { formatInputNumber } from '../format';
import { STRINGS } from '../strings';
import { AssumptionBadge } from './AssumptionBadge';
import { describeRange, readNumberInput } from './number-input';
import { fromSliderMove, LOG_SLIDER_STEPS, toSliderPosition, type SliderScale } from './slider-scale';

export interface NumberFieldProps {
  /** The name a person reads; also the accessible name of both the slider and the number box. */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Smallest change, such as 1 for whole numbers. */
  step: number;
  scale: SliderScale;
  unit: string;
  /**
   * Applies a valid value. Returns null when it was applied, or a message when the scenario as a
   * whole rejected it (for example provisioned above reserved concurrency).
   */
  onCommit: (value: number) => string | null;
  /** Basis of an undocumented default; shows the "assumption" badge when given. */
  assumptionBasis?: string;
  /** A short note below the field. */
  note?: ReactNode;
  disabled?: boolean;
}

/**
 * Renders a slider paired with a number box. Typing an invalid number shows a message that names the field,
 * the value and the range, and leaves the last valid value in force.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step, scale, unit, onCommit, assumptionBasis, note, disabled } = props;
  const id = useId();
  const messageId = `${id}-message`;
  const noteId = `${id}-note`;

  // What the person is typing; null while the box simply shows the current value.
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const integer = Number.isInteger(step);
  const rule = { label, min, max, integer, unit };

  const commit = (next: number) => {
    const rejection = onCommit(next);
    setMessage(rejection === null ? null : STRINGS.controls.rejected(label, rejection));
  };

  const onTyped = (text: string) => {
    setDraft(text);
    const result = readNumberInput(text, rule);
    if (result.ok) {
      commit(result.value);
    } else {
      setMessage(`${result.message} ${STRINGS.controls.keptValue(withUnit(formatInputNumber(value), unit))}`);
    }
  };

  const onSlid = (position: number) => {
    setDraft(null);
    commit(fromSliderMove(position, value, min, max, scale, step));
  };

  const describedBy = [message ? messageId : '', note ? noteId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {assumptionBasis && <AssumptionBadge basis={assumptionBasis} />}
      </div>
      <div className="field-inputs">
        <input
          type="range"
          aria-label={label}
          aria-valuetext={withUnit(formatInputNumber(value), unit)}
          min={scale === 'log' ? 0 : min}
          max={scale === 'log' ? LOG_SLIDER_STEPS : max}
          step={scale === 'log' ? 1 : step}
          value={toSliderPosition(value, min, max, scale)}
          disabled={disabled}
          onChange={(event) => onSlid(Number(event.target.value))}
        />
        <span className="field-number">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={scale === 'log' ? 'any' : step}
            value={draft ?? formatInputNumber(value)}
            aria-invalid={message !== null}
            aria-describedby={describedBy}
            title={describeRange(rule)}
            disabled={disabled}
            onChange={(event) => onTyped(event.target.value)}
            onBlur={() => setDraft(null)}
          />
          {unit && <span className="field-unit">{unit}</span>}
        </span>
      </div>
      {message && (
        <p id={messageId} className="field-message" role="alert">
          {message}
        </p>
      )}
      {note && (
        <p id={noteId} className="field-note">
          {note}
        </p>
      )}
    </div>
  );
}

function withUnit(value: string, unit: string): string {
  return unit ? `${value} ${unit}` : value;
}
