import type { PhaseSpan } from '../../sim/types';

/** Returns the end of a span, using `nowMs` for the span that is still open (its `endMs` is NaN). */
export function spanEnd(span: PhaseSpan, nowMs: number): number {
  return Number.isNaN(span.endMs) ? nowMs : span.endMs;
}

/**
 * Returns the index of the first span that may overlap a window starting at `startMs`: the last span
 * that starts at or before it (0 when all start later). `history` is ordered by `startMs`, as the
 * simulation keeps it, so a binary search finds it without scanning the whole history.
 */
export function firstVisibleSpan(history: readonly PhaseSpan[], startMs: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid].startMs <= startMs) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** Returns one past the index of the last span that starts before `endMs`. */
export function endVisibleSpan(history: readonly PhaseSpan[], endMs: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid].startMs < endMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Returns the index of the span that covers simulated time `ms`, or -1 when none does. */
export function spanIndexAt(history: readonly PhaseSpan[], ms: number, nowMs: number): number {
  if (history.length === 0) return -1;
  const index = firstVisibleSpan(history, ms);
  const span = history[index];
  if (span.startMs > ms || spanEnd(span, nowMs) < ms) return -1;
  return index;
}
