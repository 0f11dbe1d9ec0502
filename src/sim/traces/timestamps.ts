/** Notation of a timestamp: milliseconds, or an ISO-8601 date. */
export type TimestampKind = 'ms' | 'iso';

/** A parsed timestamp in milliseconds; ISO-8601 dates become milliseconds since 1970 (UTC). */
export interface Timestamp {
  kind: TimestampKind;
  ms: number;
}

const MS_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * An ISO-8601 date, with an optional time of day (`T` or a space), seconds, fraction and zone:
 * `2024-03-01`, `2024-03-01T09:30`, `2024-03-01 09:30:15.250Z`, `2024-03-01T09:30:15+02:00`.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO-8601 date. A date with no zone is read as UTC rather than local time, so a trace gives
 * the same arrivals on every machine. Returns null for anything else, including impossible dates.
 */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;

  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;

  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (zoneHours > 23 || zoneMinutes > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }

  // Keep fractions finer than a millisecond: Date.UTC alone would truncate them.
  const fractionMs = fraction === '' ? 0 : Number(`0.${fraction}`) * 1_000;
  return Date.UTC(y, mo - 1, d, h, mi, s) + fractionMs - offsetMinutes * 60_000;
}

/** Parses milliseconds (a finite number) or an ISO-8601 date; returns null for anything else. */
export function parseTimestamp(text: string): Timestamp | null {
  const trimmed = text.trim();
  if (MS_NUMBER.test(trimmed)) {
    const ms = Number(trimmed);
    return Number.isFinite(ms) ? { kind: 'ms', ms } : null;
  }
  const iso = parseIsoDate(trimmed);
  return iso === null ? null : { kind: 'iso', ms: iso };
}
