import { formatCount, formatInputNumber } from '../format';
import { STRINGS } from '../strings';

/** What a number field accepts. */
export interface NumberRule {
  /** Field name as the label shows it, used in messages. */
  label: string;
  min: number;
  max: number;
  integer: boolean;
  /** Unit shown after numbers in messages, such as "MB"; empty for plain counts. */
  unit: string;
}

export type NumberInputResult = { ok: true; value: number } | { ok: false; message: string };

function withUnit(value: string, unit: string): string {
  return unit ? `${value} ${unit}` : value;
}

function formatLimit(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatInputNumber(value);
}

/** Describes the allowed range of a rule, such as "128 to 10,240 MB". */
export function describeRange(rule: NumberRule): string {
  return withUnit(STRINGS.controls.range(formatLimit(rule.min), formatLimit(rule.max)), rule.unit);
}

/**
 * Reads what a person typed into a number field. Returns the number, or a message that names the
 * field, the value and the allowed range.
 */
export function readNumberInput(text: string, rule: NumberRule): NumberInputResult {
  const trimmed = text.trim();
  const range = describeRange(rule);
  if (trimmed === '') return { ok: false, message: STRINGS.controls.invalidEmpty(rule.label, range) };

  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return { ok: false, message: STRINGS.controls.invalidNumber(rule.label, trimmed, range) };
  }
  if (rule.integer && !Number.isInteger(value)) {
    return { ok: false, message: STRINGS.controls.invalidInteger(rule.label, trimmed, range) };
  }
  if (value < rule.min || value > rule.max) {
    return { ok: false, message: STRINGS.controls.invalidRange(rule.label, withUnit(trimmed, rule.unit), range) };
  }
  return { ok: true, value };
}
