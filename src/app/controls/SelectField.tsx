import { useId, type ReactNode } from 'react';
import { AssumptionBadge } from './AssumptionBadge';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  assumptionBasis?: string;
  note?: ReactNode;
}

/** A labelled drop-down whose options are typed, so the handler receives a valid value. */
export function SelectField<T extends string>({ label, value, options, onChange, assumptionBasis, note }: SelectFieldProps<T>) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {assumptionBasis && <AssumptionBadge basis={assumptionBasis} />}
      </div>
      <select
        id={id}
        value={value}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {note && (
        <p id={noteId} className="field-note">
          {note}
        </p>
      )}
    </div>
  );
}
