import type { SimulationSnapshot } from '../../sim/types';

/** Past this many remembered timeouts, the oldest half is forgotten; their spans are long off-screen by then. */
const MAX_TIMEOUTS = 20_000;

/**
 * Wall-clock gap between the starts of markers that appear in the same frame, as in a burst, so they
 * leave one by one and a throttled count visibly climbs instead of jumping.
 */
export const STAGGER_MS = 40;

/** Maximum wait before a burst's last marker starts, however large the burst. */
export const MAX_STAGGER_MS = 1_000;

/**
 * Remembers across snapshots what the lanes need but a snapshot keeps only briefly. That is the
 * wall-clock moment each recent invocation was first seen, which starts its marker's flight, and which
 * invocations timed out, so their segments keep the cut after they leave `recentInvocations`.
 */
export class InvocationTracker {
  private readonly firstSeen = new Map<number, number>();
  private readonly timeouts = new Set<number>();
  private lastNowMs = Number.NEGATIVE_INFINITY;
  private primed = false;

  /** Ids of invocations that timed out. */
  get timedOut(): ReadonlySet<number> {
    return this.timeouts;
  }

  /**
   * Records the invocations of a new snapshot, seen at wall-clock `wallMs`. The first snapshot after
   * mounting or after time went back (a restart or a seek) counts as already landed, so markers do not
   * fly in for events that happened before the viewer was looking.
   */
  observe(snapshot: SimulationSnapshot, wallMs: number): void {
    if (snapshot.nowMs < this.lastNowMs) this.reset();
    this.lastNowMs = snapshot.nowMs;

    const recent = snapshot.recentInvocations;
    let arrivals = 0;
    for (let i = recent.length - 1; i >= 0 && !this.firstSeen.has(recent[i].id); i--) arrivals++;
    const stagger = arrivals > 1 ? Math.min(STAGGER_MS, MAX_STAGGER_MS / (arrivals - 1)) : 0;

    let order = 0;
    for (let i = 0; i < recent.length; i++) {
      const invocation = recent[i];
      if (!this.firstSeen.has(invocation.id)) {
        this.firstSeen.set(invocation.id, this.primed ? wallMs + stagger * order : Number.NEGATIVE_INFINITY);
        order++;
      }
      if (invocation.status === 'timeout') this.timeouts.add(invocation.id);
    }
    this.primed = true;
    this.prune(snapshot);
  }

  /** Returns the wall-clock moment an invocation was first seen; -Infinity when it was there from the start. */
  startedAt(id: number): number {
    return this.firstSeen.get(id) ?? Number.NEGATIVE_INFINITY;
  }

  /** Forgets everything, as after a restart, when invocation ids start again from 1. */
  reset(): void {
    this.firstSeen.clear();
    this.timeouts.clear();
    this.primed = false;
    this.lastNowMs = Number.NEGATIVE_INFINITY;
  }

  /** Drops first-seen times of invocations that left the snapshot; their ids are lower than any recent one. */
  private prune(snapshot: SimulationSnapshot): void {
    const recent = snapshot.recentInvocations;
    if (this.firstSeen.size > 2 * recent.length + 256) {
      const oldest = recent.length > 0 ? recent[0].id : Number.POSITIVE_INFINITY;
      for (const id of this.firstSeen.keys()) if (id < oldest) this.firstSeen.delete(id);
    }
    if (this.timeouts.size > MAX_TIMEOUTS) {
      // A Set iterates in insertion order, so the first half contains the oldest timeouts.
      let drop = this.timeouts.size / 2;
      for (const id of this.timeouts) {
        if (drop-- <= 0) break;
        this.timeouts.delete(id);
      }
    }
  }
}
