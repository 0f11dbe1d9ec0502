/**
 * EventBridge schedule expressions: `rate(5 minutes)` and six-field `cron(minutes hours day-of-month
 * month day-of-week year)` in UTC. Simulated time 0 is midnight UTC on 1 January 2026, so cron fields
 * have a calendar to match. Supported in cron: numbers, `*`, `?`, lists, ranges, steps, month and
 * weekday names; `L`, `W` and `#` are rejected with a message.
 */
import type { ArrivalGenerator } from '../traffic';

export const SCHEDULE_EPOCH_UTC_MS = Date.UTC(2026, 0, 1);

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far ahead to look for the next cron match before deciding it never fires. */
const SEARCH_DAYS = 366 * 5;

const RATE_UNITS: Record<string, number> = {
  minute: MINUTE_MS,
  minutes: MINUTE_MS,
  hour: 3_600_000,
  hours: 3_600_000,
  day: DAY_MS,
  days: DAY_MS,
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Offset added to a name's index: months are 1-based, weekdays 1 (SUN) to 7 (SAT). */
  nameBase?: number;
}

const FIELDS: FieldSpec[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS, nameBase: 1 },
  { name: 'year', min: 1970, max: 2199 },
];

/** A parsed schedule: either a fixed interval or cron field sets (null means any value). */
export type Schedule = { kind: 'rate'; intervalMs: number } | { kind: 'cron'; fields: (Set<number> | null)[] };

export class ScheduleExpressionError extends Error {}

/** Parses a schedule expression, throwing ScheduleExpressionError with what is wrong and what is allowed. */
export function parseSchedule(expression: string): Schedule {
  const trimmed = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/i.exec(trimmed);
  if (rate) {
    const value = Number(rate[1]);
    const unit = RATE_UNITS[rate[2].toLowerCase()];
    if (unit === undefined) {
      throw new ScheduleExpressionError(`"${rate[2]}" is not a rate unit; expected minute(s), hour(s) or day(s).`);
    }
    if (value < 1) throw new ScheduleExpressionError(`The rate must be at least 1, not ${value}.`);
    return { kind: 'rate', intervalMs: value * unit };
  }

  const cron = /^cron\((.*)\)$/i.exec(trimmed);
  if (!cron) {
    throw new ScheduleExpressionError(`"${expression}" is not a schedule; expected rate(5 minutes) or cron(0 12 * * ? *).`);
  }
  const parts = cron[1].trim().split(/\s+/);
  if (parts.length !== 6) {
    throw new ScheduleExpressionError(
      `A cron expression needs 6 fields (minutes hours day-of-month month day-of-week year), not ${parts.length}.`,
    );
  }
  if (parts[2] !== '?' && parts[4] !== '?') {
    throw new ScheduleExpressionError('One of day-of-month and day-of-week must be "?".');
  }
  return { kind: 'cron', fields: parts.map((part, index) => parseField(part, FIELDS[index])) };
}

function parseValue(text: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const value = named >= 0 ? named + (spec.nameBase ?? 0) : Number(text);
  if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
    throw new ScheduleExpressionError(`"${text}" is not valid in ${spec.name}; expected ${spec.min} to ${spec.max}.`);
  }
  return value;
}

function parseField(text: string, spec: FieldSpec): Set<number> | null {
  if (text === '*' || text === '?') return null;
  if (/[LW#]/i.test(text.replace(/[A-Z]{3}/gi, (word) => (spec.names?.includes(word.toUpperCase()) ? '' : word)))) {
    throw new ScheduleExpressionError(`"${text}" in ${spec.name} uses L, W or #, which lambda-lanes does not support.`);
  }

  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) {
      throw new ScheduleExpressionError(`"${item}" in ${spec.name} has an invalid step; expected a whole number from 1.`);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [start, end] = range.split('-');
      from = parseValue(start, spec);
      to = parseValue(end, spec);
    } else {
      from = parseValue(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

const matches = (set: Set<number> | null, value: number) => set === null || set.has(value);

/** Returns the first cron match at or after `fromMs` (simulated), or undefined within the search horizon. */
function nextCronTime(fields: (Set<number> | null)[], fromMs: number): number | undefined {
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields;
  const startMinute = Math.ceil((SCHEDULE_EPOCH_UTC_MS + fromMs) / MINUTE_MS) * MINUTE_MS;
  const firstDay = Math.floor(startMinute / DAY_MS) * DAY_MS;

  for (let day = 0; day < SEARCH_DAYS; day++) {
    const dayStart = firstDay + day * DAY_MS;
    const date = new Date(dayStart);
    const dayMatches =
      matches(year, date.getUTCFullYear()) &&
      matches(month, date.getUTCMonth() + 1) &&
      matches(dayOfMonth, date.getUTCDate()) &&
      matches(dayOfWeek, date.getUTCDay() + 1);
    if (!dayMatches) continue;

    for (let hour = 0; hour < 24; hour++) {
      if (!matches(hours, hour)) continue;
      for (let minute = 0; minute < 60; minute++) {
        if (!matches(minutes, minute)) continue;
        const time = dayStart + hour * 3_600_000 + minute * MINUTE_MS;
        if (time >= startMinute) return time - SCHEDULE_EPOCH_UTC_MS;
      }
    }
  }
  return undefined;
}

/** Creates the arrivals of a schedule from `fromMs` (inclusive) to `endMs` (exclusive). */
export function createScheduleGenerator(schedule: Schedule, startMs: number, fromMs: number, endMs: number): ArrivalGenerator {
  if (schedule.kind === 'rate') {
    // A rate schedule first fires one interval after it is created, then every interval.
    const interval = schedule.intervalMs;
    let count = Math.max(1, Math.ceil((fromMs - startMs) / interval));
    return {
      next: () => {
        const time = startMs + count * interval;
        if (time >= endMs) return undefined;
        count++;
        return time;
      },
    };
  }

  let cursor = Math.max(startMs, fromMs);
  return {
    next: () => {
      const time = nextCronTime(schedule.fields, cursor);
      if (time === undefined || time >= endMs) return undefined;
      cursor = time + 1;
      return time;
    },
  };
}
