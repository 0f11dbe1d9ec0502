/**
 * Building blocks of the scenario schema. Every check carries the same message: the phrase that
 * completes "Expected …" for its field, such as "an integer from 1 to 100000". The phrase is also
 * stored as the schema's description, so the message for a missing required field can state what it expects.
 * errors.ts turns these phrases into full messages that name the field and the value received.
 */
import * as v from 'valibot';

/** Returns whether a value is a non-null object that is not an array, as JSON objects are. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the "Expected …" phrase of a field schema, looking through `optional` and `nullable`. */
export function expectedPhrase(schema: v.GenericSchema): string | undefined {
  if ('wrapped' in schema) return expectedPhrase(schema.wrapped as v.GenericSchema);
  return v.getDescription(schema);
}

/** Builds the schema of a finite number from `min` to `max`, both inclusive. */
export function numberBetween(min: number, max: number, phrase: string) {
  return v.pipe(
    v.number(phrase),
    v.finite(phrase),
    v.minValue(min, phrase),
    v.maxValue(max, phrase),
    v.description(phrase),
  );
}

/** Builds the schema of a finite number greater than 0. */
export function positiveNumber(phrase: string) {
  return v.pipe(v.number(phrase), v.finite(phrase), v.gtValue(0, phrase), v.description(phrase));
}

/** Builds the schema of a finite number of 0 or more. */
export function nonNegativeNumber(phrase: string) {
  return v.pipe(v.number(phrase), v.finite(phrase), v.minValue(0, phrase), v.description(phrase));
}

/** Builds the schema of an integer from `min` to `max`, both inclusive, with a phrase naming the bounds. */
export function integerBetween(min: number, max: number) {
  const phrase = `an integer from ${min} to ${max}`;
  return v.pipe(
    v.number(phrase),
    v.integer(phrase),
    v.minValue(min, phrase),
    v.maxValue(max, phrase),
    v.description(phrase),
  );
}

/** Quotes a list of allowed values the way they are written in JSON: `"a", "b" or "c"`. */
export function listChoices(choices: readonly (string | number)[]): string {
  const quoted = choices.map((choice) => JSON.stringify(choice));
  if (quoted.length < 2) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Builds the schema of one value from a fixed list of strings or numbers. */
export function oneOf<const TOptions extends readonly (string | number)[]>(options: TOptions) {
  const phrase = `one of ${listChoices(options)}`;
  return v.pipe(v.picklist(options, phrase), v.description(phrase));
}

/** Builds the schema of any string. */
export function text(phrase: string) {
  return v.pipe(v.string(phrase), v.description(phrase));
}

/**
 * Finds the allowed name a mistyped key most likely meant: the same name in other letter case, or
 * one at most two single-letter edits away. Returns undefined when nothing is that close.
 */
export function closestName(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = names.find((name) => name.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;

  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  // Keys longer than any field name cannot be close to one, so skip the quadratic work on them.
  if (Math.abs(a.length - b.length) > 2) return Infinity;

  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Builds the hint after "unknown field": a likely intended name, then every allowed name. */
function unknownFieldHint(key: string, names: readonly string[]): string {
  const allowed = `Allowed fields: ${names.join(', ')}.`;
  const guess = closestName(key, names);
  return guess === undefined ? allowed : `Did you mean "${guess}"? ${allowed}`;
}

/**
 * Reports every key of `input` that the entries do not list. It reads the raw input rather than
 * valibot's output, because valibot's objects never copy `__proto__`, `constructor` or `prototype`
 * keys, so a check of the output would let those through silently.
 */
function rejectUnknownKeys<TOutput>(input: unknown, names: readonly string[]) {
  return v.rawCheck<TOutput>(({ addIssue }) => {
    if (!isPlainObject(input)) return;

    for (const key of Object.keys(input)) {
      if (names.includes(key)) continue;
      addIssue({
        message: unknownFieldHint(key, names),
        input: input[key],
        path: [{ type: 'object', origin: 'key', input, key, value: input[key] }],
      });
    }
  });
}

/**
 * Builds the schema of the fields of a JSON object that may contain only the given keys. valibot's strict objects would stop
 * at the first unknown key, so every unknown key is reported by a check built for each input. The
 * object-level message is used for a missing required key, so it states what that key expects.
 */
export function fieldsOf<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const names = Object.keys(entries);
  const missingMessage = (issue: v.LooseObjectIssue) => {
    const key = issue.path?.at(-1)?.key;
    const entry = typeof key === 'string' ? entries[key] : undefined;
    return (entry && expectedPhrase(entry)) ?? 'a value';
  };
  const object = v.looseObject(entries, missingMessage);
  return v.lazy((input) => v.pipe(object, rejectUnknownKeys<v.InferOutput<typeof object>>(input, names)));
}

/**
 * Builds the schema of an object whose `key` field picks which schema checks the rest, like valibot's `variant`. A missing
 * or unknown tag is reported on the tag field itself. The input must already be known to be a plain
 * object.
 */
export function taggedUnion<const TOptions extends Record<string, v.GenericSchema<unknown, Record<string, unknown>>>>(
  key: string,
  options: TOptions,
) {
  const phrase = `one of ${listChoices(Object.keys(options))}`;
  // This schema only runs when the tag is missing or unknown, so it always fails. The cast gives it
  // the output type of the options so the union's output type stays exact.
  const badTag = v.looseObject({ [key]: v.picklist(Object.keys(options), phrase) }, phrase) as unknown as v.GenericSchema<
    unknown,
    v.InferOutput<TOptions[keyof TOptions]>
  >;
  return v.lazy((input): v.GenericSchema<unknown, v.InferOutput<TOptions[keyof TOptions]>> => {
    const tag = isPlainObject(input) ? input[key] : undefined;
    if (typeof tag === 'string' && Object.hasOwn(options, tag)) return options[tag];
    return badTag;
  });
}

/** A rule between fields of one object, such as "maxMs is at least minMs". */
export interface CrossCheck<TInput> {
  /** Fields the rule reads. It runs only when none of them failed its own check. */
  fields: readonly (keyof TInput & string)[];
  /** Field the error is reported on. */
  target: keyof TInput & string;
  /** Returns the "Expected …" phrase when the rule fails, otherwise undefined. */
  problem: (input: TInput) => string | undefined;
}

function crossCheckAction<TInput>(check: CrossCheck<TInput>) {
  return v.rawCheck<TInput>(({ dataset, addIssue }) => {
    const input = dataset.value;
    if (!isPlainObject(input)) return;

    // Paths are still relative to this object here: the parent adds its own key later.
    const fields: readonly string[] = check.fields;
    const fieldFailed = dataset.issues?.some((issue) => fields.includes(String(issue.path?.[0]?.key)));
    if (fieldFailed) return;

    const phrase = check.problem(input as TInput);
    if (phrase === undefined) return;

    const value = input[check.target];
    addIssue({
      message: phrase,
      input: value,
      path: [{ type: 'object', origin: 'value', input, key: check.target, value }],
    });
  });
}

/** Adds rules between fields to an object schema. */
export function withCrossChecks<TSchema extends v.GenericSchema<unknown, Record<string, unknown>>>(
  schema: TSchema,
  checks: readonly CrossCheck<v.InferOutput<TSchema>>[],
) {
  return v.pipe(schema, ...checks.map((check) => crossCheckAction(check)));
}

/** Builds the schema of a JSON object (not an array or null) with only the given keys. */
export function objectOf<const TEntries extends v.ObjectEntries>(entries: TEntries, phrase: string) {
  return v.pipe(v.custom<v.InferInput<v.LooseObjectSchema<TEntries, undefined>>>(isPlainObject, phrase), fieldsOf(entries));
}
