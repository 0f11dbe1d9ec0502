/**
 * Formats simulated milliseconds for the time axis like the app's clock: `mm:ss` when ticks are whole
 * seconds or more apart (`stepMs`), `mm:ss.SSS` when they are closer, and `h:mm:ss` past an hour.
 */
export function formatSimTime(ms: number, stepMs: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.abs(Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;

  const ss = String(seconds).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
  if (stepMs >= 1_000) return sign + clock;
  return `${sign}${clock}.${String(millis).padStart(3, '0')}`;
}

/** Formats a duration for labels and the screen-reader text, for example "850 ms", "2.5 s" or "10 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trimZero((ms / 1000).toFixed(1))} s`;
  if (ms < 3_600_000) return `${trimZero((ms / 60_000).toFixed(1))} min`;
  return `${trimZero((ms / 3_600_000).toFixed(1))} h`;
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}
