/**
 * Turns the running counts of key events into short messages for a screen reader, at a pace a person
 * can follow: at most one message per ANNOUNCE_INTERVAL_MS, each summing up what happened since the
 * previous one. A busy run would otherwise queue hundreds of announcements a second.
 */
import { formatCount } from '../format';
import { ROBUSTNESS_STRINGS } from './robustness-strings';

/** Shortest wall time between two announcements. */
export const ANNOUNCE_INTERVAL_MS = 2_500;

/** The counts that announcements report, as the simulation's live metrics give them. */
export interface AnnouncedCounts {
  coldStarts: number;
  throttles: number;
  timeouts: number;
}

/** Outcome of `EventAnnouncer.update`. */
export type AnnounceResult =
  | { kind: 'message'; text: string }
  /** Something happened, but too soon after the last message: call again after `waitMs`. */
  | { kind: 'wait'; waitMs: number }
  | { kind: 'quiet' };

const text = ROBUSTNESS_STRINGS.announcements;

/** Keeps the counts already announced and the time of the last message. */
export class EventAnnouncer {
  private announced: AnnouncedCounts | null = null;
  private lastMessageMs = Number.NEGATIVE_INFINITY;

  /** Compares `counts` with the counts announced so far and returns a message when one is due at `wallMs`. */
  update(counts: AnnouncedCounts, wallMs: number): AnnounceResult {
    const announced = this.announced;
    // A count that went down means a new run or a seek back: start counting from here, silently.
    if (announced === null || isBelow(counts, announced)) {
      this.announced = { ...counts };
      return { kind: 'quiet' };
    }

    const cold = counts.coldStarts - announced.coldStarts;
    const throttles = counts.throttles - announced.throttles;
    const timeouts = counts.timeouts - announced.timeouts;
    if (cold === 0 && throttles === 0 && timeouts === 0) return { kind: 'quiet' };

    const waitMs = this.lastMessageMs + ANNOUNCE_INTERVAL_MS - wallMs;
    if (waitMs > 0) return { kind: 'wait', waitMs };

    this.announced = { ...counts };
    this.lastMessageMs = wallMs;
    return { kind: 'message', text: describe(announced.coldStarts === 0, cold, throttles, timeouts) };
  }
}

function isBelow(counts: AnnouncedCounts, announced: AnnouncedCounts): boolean {
  return (
    counts.coldStarts < announced.coldStarts ||
    counts.throttles < announced.throttles ||
    counts.timeouts < announced.timeouts
  );
}

/** Builds one message. The run's first cold start gets a sentence of its own, because it is the lesson. */
function describe(firstCold: boolean, cold: number, throttles: number, timeouts: number): string {
  const parts: string[] = [];
  let coldLeft = cold;
  if (firstCold && cold > 0) coldLeft -= 1;
  if (coldLeft > 0) parts.push(text.coldStarts(coldLeft, formatCount(coldLeft)));
  if (throttles > 0) parts.push(text.throttles(throttles, formatCount(throttles)));
  if (timeouts > 0) parts.push(text.timeouts(timeouts, formatCount(timeouts)));

  const summary = parts.length > 0 ? text.summary(parts) : '';
  if (firstCold && cold > 0) return summary === '' ? text.firstColdStart : `${text.firstColdStart} ${text.more(summary)}`;
  return summary;
}
