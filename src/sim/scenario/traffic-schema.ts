import * as v from 'valibot';
import { SOURCE_KINDS } from '../types';
import {
  fieldsOf,
  isPlainObject,
  listChoices,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  taggedUnion,
  text,
  withCrossChecks,
  type CrossCheck,
} from './fields';
import { optionsEntry, scheduleChecks, withSourceOptions } from './source-options-schema';

/** Largest number of events one burst may send at once. */
export const BURST_COUNT_MAX = 1_000_000;

const PATTERNS = ['times', 'constant', 'poisson', 'burst', 'ramp', 'periodic', 'schedule', 'counts'] as const;

const TIME_PHRASE = 'a time in milliseconds from 0 up';
// NOTE: rates have no upper bound, so a scenario may request more arrivals than a run can simulate in
// reasonable time: 1,000 events per second for 30 days is 2.6 billion events.
const RATE_PHRASE = 'a rate in events per second above 0';

/** Fields that every stream has. */
const baseEntries = {
  source: oneOf(SOURCE_KINDS),
  label: v.optional(text('a string')),
  options: optionsEntry,
};

/** The optional window of rate-based streams. */
const windowEntries = {
  startMs: v.optional(nonNegativeNumber(TIME_PHRASE)),
  endMs: v.optional(positiveNumber('a time in milliseconds above 0')),
};

/** Rejects a window whose end is not after its start. Streams without both bounds always pass. */
const windowInOrder: CrossCheck<{ startMs?: number; endMs?: number }> = {
  fields: ['startMs', 'endMs'],
  target: 'endMs',
  problem: ({ startMs, endMs }) =>
    startMs === undefined || endMs === undefined || endMs > startMs
      ? undefined
      : `a time in milliseconds after startMs (${startMs})`,
};

const timesSchema = fieldsOf({
  ...baseEntries,
  pattern: v.literal('times'),
  atMs: v.pipe(
    v.array(nonNegativeNumber(TIME_PHRASE), 'an array of times in milliseconds from 0 up'),
    v.description('an array of times in milliseconds from 0 up'),
  ),
});

const constantSchema = withCrossChecks(
  fieldsOf({ ...baseEntries, ...windowEntries, pattern: v.literal('constant'), ratePerSec: positiveNumber(RATE_PHRASE) }),
  [windowInOrder],
);

const poissonSchema = withCrossChecks(
  fieldsOf({ ...baseEntries, ...windowEntries, pattern: v.literal('poisson'), ratePerSec: positiveNumber(RATE_PHRASE) }),
  [windowInOrder],
);

const burstCountPhrase = `an integer from 1 to ${BURST_COUNT_MAX}`;

const burstSchema = fieldsOf({
  ...baseEntries,
  pattern: v.literal('burst'),
  count: v.pipe(
    v.number(burstCountPhrase),
    v.integer(burstCountPhrase),
    v.minValue(1, burstCountPhrase),
    v.maxValue(BURST_COUNT_MAX, burstCountPhrase),
    v.description(burstCountPhrase),
  ),
  atMs: nonNegativeNumber(TIME_PHRASE),
});

const RAMP_RATE_PHRASE = 'a rate in events per second from 0 up';

/** A ramp may start or end at 0 events per second, but not both. */
const rampSchema = withCrossChecks(
  fieldsOf({
    ...baseEntries,
    ...windowEntries,
    pattern: v.literal('ramp'),
    fromPerSec: nonNegativeNumber(RAMP_RATE_PHRASE),
    toPerSec: nonNegativeNumber(RAMP_RATE_PHRASE),
    overMs: positiveNumber('a number of milliseconds above 0'),
  }),
  [
    windowInOrder,
    {
      fields: ['fromPerSec', 'toPerSec'],
      target: 'toPerSec',
      problem: ({ fromPerSec, toPerSec }) =>
        fromPerSec > 0 || toPerSec > 0
          ? undefined
          : 'a rate above 0 events per second, because fromPerSec is also 0 and the ramp would send nothing',
    },
  ],
);

/** A sine wave around a mean rate. The amplitude may not exceed the mean, or the rate would go negative. */
const periodicSchema = withCrossChecks(
  fieldsOf({
    ...baseEntries,
    ...windowEntries,
    pattern: v.literal('periodic'),
    meanPerSec: positiveNumber(RATE_PHRASE),
    amplitudePerSec: nonNegativeNumber(RAMP_RATE_PHRASE),
    periodMs: positiveNumber('a number of milliseconds above 0'),
  }),
  [
    windowInOrder,
    {
      fields: ['meanPerSec', 'amplitudePerSec'],
      target: 'amplitudePerSec',
      problem: ({ meanPerSec, amplitudePerSec }) =>
        amplitudePerSec <= meanPerSec
          ? undefined
          : `a rate from 0 to meanPerSec (${meanPerSec}) events per second`,
    },
  ],
);

const SCHEDULE_PHRASE = 'a schedule expression such as "rate(5 minutes)" or "cron(0 12 * * ? *)"';

/** Arrivals at the times an EventBridge schedule expression names, in UTC from 2026-01-01T00:00. */
const scheduleSchema = withCrossChecks(
  fieldsOf({
    ...baseEntries,
    ...windowEntries,
    pattern: v.literal('schedule'),
    expression: text(SCHEDULE_PHRASE),
  }),
  [windowInOrder, ...scheduleChecks],
);

const COUNT_PHRASE = 'an integer from 0 up';
const COUNTS_PHRASE = 'an array of at least one count of arrivals per interval, each an integer from 0 up';

/** Arrivals counted per interval, as in the Azure Functions trace. A stream of only zeros is rejected. */
const countsSchema = withCrossChecks(
  fieldsOf({
    ...baseEntries,
    pattern: v.literal('counts'),
    startMs: v.optional(nonNegativeNumber(TIME_PHRASE)),
    intervalMs: positiveNumber('a number of milliseconds above 0'),
    counts: v.pipe(
      v.array(
        v.pipe(v.number(COUNT_PHRASE), v.integer(COUNT_PHRASE), v.minValue(0, COUNT_PHRASE), v.description(COUNT_PHRASE)),
        COUNTS_PHRASE,
      ),
      v.minLength(1, COUNTS_PHRASE),
      v.description(COUNTS_PHRASE),
    ),
    spread: oneOf(['even', 'uniform', 'poisson']),
  }),
  [
    {
      fields: ['counts'],
      target: 'counts',
      problem: ({ counts }) =>
        counts.some((count) => count > 0) ? undefined : 'at least one count above 0, because the stream would send nothing',
    },
  ],
);

const STREAM_PHRASE = `a traffic stream object with a "pattern" of ${listChoices(PATTERNS)}`;

const streamSchema = withSourceOptions(
  v.pipe(
    v.custom<unknown>(isPlainObject, STREAM_PHRASE),
    taggedUnion('pattern', {
      times: timesSchema,
      constant: constantSchema,
      poisson: poissonSchema,
      burst: burstSchema,
      ramp: rampSchema,
      periodic: periodicSchema,
      schedule: scheduleSchema,
      counts: countsSchema,
    }),
  ),
);

const TRAFFIC_PHRASE = 'an array of traffic stream objects';

/** The scenario's traffic: any number of streams, which all run at the same time. */
export const trafficSchema = v.pipe(
  v.array(streamSchema, TRAFFIC_PHRASE),
  v.description(TRAFFIC_PHRASE),
);
