/**
 * Labels for a chart's simulated-time axis. The unit follows the span shown, so a 30 s run reads
 * "0:10, 0:20" and a day reads "6 h, 12 h".
 */

const SECOND = 1_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Formats `ms` of simulated time for an axis whose whole span is `spanMs`. */
export function formatAxisTime(ms: number, spanMs: number): string {
  if (!Number.isFinite(ms)) return '';
  if (spanMs < 10 * SECOND) return `${Number((ms / SECOND).toFixed(1))} s`;
  if (spanMs < 2 * HOUR) {
    const minutes = Math.floor(ms / MINUTE);
    const seconds = Math.round((ms % MINUTE) / SECOND);
    // Rounding can reach 60 s; carry it into the minutes.
    return seconds === 60 ? `${minutes + 1}:00` : `${minutes}:${String(seconds).padStart(2, '0')}`;
  }
  const hours = ms / HOUR;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.floor(hours)} h ${Math.round((ms % HOUR) / MINUTE)} min`;
}

/** Round tick steps, in ms, for a simulated-time axis. */
const TICK_STEPS_MS = [
  100, 200, 500, SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE,
  5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR,
];

/** Returns tick times from 0 to `endMs` on a round step, at most `maxTicks` + 1 of them. */
export function timeTicks(endMs: number, maxTicks: number): number[] {
  if (!(endMs > 0) || maxTicks < 1) return [0];
  const step = TICK_STEPS_MS.find((candidate) => endMs / candidate <= maxTicks) ?? Math.ceil(endMs / maxTicks);
  const ticks: number[] = [];
  for (let tick = 0; tick <= endMs + 1e-9; tick += step) ticks.push(tick);
  return ticks;
}
