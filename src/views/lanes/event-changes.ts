import type { SimulationSnapshot, SourceEventView } from '../../sim/types';

/**
 * What a change of a source event looks like on screen:
 * - `reply`: an API Gateway caller got an error answer (504 or 502), which flies back to the gateway.
 * - `requeue`: a failed or throttled event went back to wait for a retry, so it flies back to its source.
 * - `dead-letter`, `destination`, `lost`: the source gave up on the event, which drops into a tray.
 */
export type EventChangeKind = 'reply' | 'requeue' | 'dead-letter' | 'destination' | 'lost';

/** One change to animate. */
export interface EventChange {
  kind: EventChangeKind;
  event: SourceEventView;
  /** Index of the event's source in `snapshot.sources`. */
  sourceIndex: number;
}

/** Status codes whose answer flies back to the caller; a 200 would double the markers for nothing new. */
const SHOWN_REPLIES = new Set([502, 504]);

/** A compact key of what the views show of an event: its state and the status code its caller got. */
function keyOf(event: SourceEventView): number {
  return STATE_CODES[event.state] * 1000 + (event.response?.statusCode ?? 0);
}

const STATE_CODES: Record<SourceEventView['state'], number> = {
  waiting: 0,
  'in-flight': 1,
  succeeded: 2,
  failed: 3,
  throttled: 4,
  'dead-lettered': 5,
  'sent-to-destination': 6,
  lost: 7,
};

/**
 * Returns how an event's change from `previousKey` (undefined when first seen) shows, or null when
 * it shows no flight. A final state that is new is shown even for an event first seen in it, since
 * an SQS message can be dead-lettered before a frame ever saw it waiting.
 */
export function changeKind(previousKey: number | undefined, event: SourceEventView): EventChangeKind | null {
  const key = keyOf(event);
  if (key === previousKey) return null;
  const status = event.response?.statusCode ?? 0;
  const previousStatus = previousKey === undefined ? 0 : previousKey % 1000;
  if (status !== previousStatus && SHOWN_REPLIES.has(status)) return 'reply';

  const previousState = previousKey === undefined ? -1 : Math.floor(previousKey / 1000);
  if (event.state === 'waiting' && previousState === STATE_CODES['in-flight']) return 'requeue';
  if (event.state === 'dead-lettered') return 'dead-letter';
  if (event.state === 'sent-to-destination') return 'destination';
  if (event.state === 'lost') return 'lost';
  return null;
}

/**
 * Watches the recent events of every source across snapshots and reports the changes worth a
 * flight. The first snapshot, and the first after time went back, only records what it sees, so no
 * flights start for what happened before the viewer was looking.
 */
export class EventChangeTracker {
  private readonly keys = new Map<number, number>();
  private readonly seenThisPass = new Set<number>();
  private lastVersion = -1;
  private lastNowMs = Number.NEGATIVE_INFINITY;
  private primed = false;

  /** Appends to `out` the changes since the previous snapshot. Does nothing when the simulation did not change. */
  observe(snapshot: SimulationSnapshot, out: EventChange[]): void {
    if (snapshot.nowMs < this.lastNowMs) this.reset();
    this.lastNowMs = snapshot.nowMs;
    if (snapshot.version === this.lastVersion) return;
    this.lastVersion = snapshot.version;

    const seen = this.seenThisPass;
    seen.clear();
    snapshot.sources.forEach((view, sourceIndex) => {
      for (const event of view.recentEvents) {
        seen.add(event.id);
        const previous = this.keys.get(event.id);
        if (this.primed) {
          const kind = changeKind(previous, event);
          if (kind !== null) out.push({ kind, event, sourceIndex });
        }
        this.keys.set(event.id, keyOf(event));
      }
    });
    this.primed = true;

    // Forget events that left every source's recent list; they cannot change on screen any more.
    if (this.keys.size > 2 * seen.size + 256) {
      for (const id of this.keys.keys()) if (!seen.has(id)) this.keys.delete(id);
    }
  }

  /** Forgets everything, as after a restart, when event ids start again from 1. */
  reset(): void {
    this.keys.clear();
    this.primed = false;
    this.lastVersion = -1;
    this.lastNowMs = Number.NEGATIVE_INFINITY;
  }
}
