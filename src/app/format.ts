/**
 * Number and time formatting for the app. Uses en-US grouping so figures read the same on every
 * machine; a translation can swap the locale here.
 */

const LOCALE = 'en-US';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** Formats simulated milliseconds as a clock: `mm:ss.mmm`, or `h:mm:ss.mmm` from one hour on. */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '00:00.000';

  const whole = Math.floor(ms);
  const millis = whole % 1000;
  const totalSeconds = Math.floor(whole / 1000);
  const seconds = totalSeconds % 60;
  const totalMinutes = Math.floor(totalSeconds / 60);
  const minutes = totalMinutes % 60;
  const hours = Math.floor(totalMinutes / 60);

  const tail = `${pad(seconds, 2)}.${pad(millis, 3)}`;
  return hours > 0 ? `${hours}:${pad(minutes, 2)}:${tail}` : `${pad(totalMinutes, 2)}:${tail}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a duration with the unit a person would pick: `850 ms`, `1.5 s`, `2 min 30 s`, `1 h 5 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return `${trim(ms, 2)} ms`;
  if (ms < 1000) return `${trim(ms, ms < 10 ? 1 : 0)} ms`;
  if (ms < 60_000) return `${trim(ms / 1000, ms < 10_000 ? 2 : 1)} s`;

  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
  }

  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** Rounds to at most `digits` decimals and drops trailing zeros. */
function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** Formats a count with thousands separators. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** Formats a number for an input field, without grouping: integers whole, others to 4 significant digits. */
export function formatInputNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** Formats a ratio from 0 to 1 as a percentage with one decimal, or a dash when undefined. */
export function formatShare(numerator: number, denominator: number): string {
  if (denominator <= 0) return '–';
  return `${((numerator / denominator) * 100).toFixed(1)} %`;
}

/** Formats a playback speed: `0.1`, `2.5`, `1,000`. */
export function formatSpeed(speed: number): string {
  if (speed >= 10) return integer.format(Math.round(speed));
  return String(Number(speed.toPrecision(2)));
}

/** Formats a rate in events per second. */
export function formatRate(perSecond: number): string {
  return `${formatInputNumber(perSecond)} /s`;
}
