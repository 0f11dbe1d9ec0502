import * as v from 'valibot';
import type { DurationSpec } from '../types';
import { fieldsOf, isPlainObject, nonNegativeNumber, positiveNumber, taggedUnion, withCrossChecks } from './fields';

const DURATION_PHRASE =
  'a number of milliseconds from 0 up, or a distribution object such as {"dist": "constant", "ms": 100}';

const MS_PHRASE = 'a number of milliseconds from 0 up';

const constantSchema = fieldsOf({
  dist: v.literal('constant'),
  ms: nonNegativeNumber(MS_PHRASE),
});

const exponentialSchema = fieldsOf({
  dist: v.literal('exponential'),
  meanMs: nonNegativeNumber(MS_PHRASE),
});

/** Uniform between two bounds: the upper bound may not be below the lower one. */
const uniformSchema = withCrossChecks(
  fieldsOf({
    dist: v.literal('uniform'),
    minMs: nonNegativeNumber(MS_PHRASE),
    maxMs: nonNegativeNumber(MS_PHRASE),
  }),
  [
    {
      fields: ['minMs', 'maxMs'],
      target: 'maxMs',
      problem: ({ minMs, maxMs }) =>
        maxMs >= minMs ? undefined : `a number of milliseconds at least minMs (${minMs})`,
    },
  ],
);

/** Log-normal fitted to a median and a 99th percentile, so the p99 may not be below the median. */
const lognormalSchema = withCrossChecks(
  fieldsOf({
    dist: v.literal('lognormal'),
    medianMs: positiveNumber('a number of milliseconds above 0'),
    p99Ms: positiveNumber('a number of milliseconds above 0'),
  }),
  [
    {
      fields: ['medianMs', 'p99Ms'],
      target: 'p99Ms',
      problem: ({ medianMs, p99Ms }) =>
        p99Ms >= medianMs ? undefined : `a number of milliseconds at least medianMs (${medianMs})`,
    },
  ],
);

const distributionSchema = taggedUnion('dist', {
  constant: constantSchema,
  exponential: exponentialSchema,
  uniform: uniformSchema,
  lognormal: lognormalSchema,
});

const constantNumberSchema = nonNegativeNumber(DURATION_PHRASE);

/** Rejects any input, for values that are neither a number nor an object. */
const notADurationSchema = v.custom<never>(() => false, DURATION_PHRASE);

/**
 * A duration spec: a plain number of milliseconds, or a distribution object identified by its `dist` field.
 * The input's type picks the branch, so an error speaks of the branch the author meant (a bad `dist`
 * or a negative number) instead of a vague "matches no option".
 */
export const durationSchema = v.pipe(
  v.lazy((input): v.GenericSchema<unknown, DurationSpec> => {
    if (typeof input === 'number') return constantNumberSchema;
    if (isPlainObject(input)) return distributionSchema;
    return notADurationSchema;
  }),
  v.description(DURATION_PHRASE),
);
