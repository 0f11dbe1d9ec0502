import type * as v from 'valibot';

/** One problem found in a scenario, with a message that names the field, the value and what is allowed. */
export interface ScenarioError {
  /** Location of the problem, such as `platform.concurrencyLimit` or `traffic[2].ratePerSec`, or '' for the whole input. */
  path: string;
  /** The value found there, or undefined when a required field is missing. */
  value: unknown;
  /** A complete message, for example `platform.concurrencyLimit: 0 is invalid. Expected an integer from 1 to 100000.` */
  message: string;
}

/** Maximum length of a string quoted in a message. Longer strings are cut and end in an ellipsis. */
const QUOTED_STRING_MAX = 40;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes a path the way JavaScript would access it: `traffic[2].ratePerSec`, `function["memory mb"]`. */
export function formatPath(path: v.IssuePathItem[] | undefined): string {
  let text = '';
  for (const item of path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') {
      text += `[${key}]`;
    } else if (typeof key === 'string' && IDENTIFIER.test(key)) {
      text += text === '' ? key : `.${key}`;
    } else {
      text += `[${JSON.stringify(String(key))}]`;
    }
  }
  return text;
}

/** Describes a received value briefly: numbers and short strings as written in JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';

  switch (typeof value) {
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'string': {
      const quoted = value.length > QUOTED_STRING_MAX ? `${value.slice(0, QUOTED_STRING_MAX)}…` : value;
      return JSON.stringify(quoted);
    }
    case 'object':
      return 'an object';
    default:
      return `a value of type ${typeof value}`;
  }
}

/**
 * Turns one valibot issue from the scenario schema into a ScenarioError. The schema's own messages
 * are the phrases after "Expected", except for unknown keys, whose message is a hint listing the
 * allowed fields.
 */
export function toScenarioError(issue: v.BaseIssue<unknown>): ScenarioError {
  const path = formatPath(issue.path);
  const label = path === '' ? 'scenario' : path;
  const value = issue.input;
  const unknownKey = issue.type === 'raw_check' && issue.path?.at(-1)?.origin === 'key';

  let message: string;
  if (unknownKey) {
    message = `${label}: unknown field. ${issue.message}`;
  } else if (value === undefined) {
    message = `${label}: missing. Expected ${issue.message}.`;
  } else {
    message = `${label}: ${describeValue(value)} is invalid. Expected ${issue.message}.`;
  }
  return { path, value, message };
}

/** Formats scenario errors as text, one line per error. */
export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  return errors.map((error) => error.message).join('\n');
}
