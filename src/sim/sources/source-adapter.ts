import type { Platform } from '../platform';
import { Invocation, SourceEvent, type InvocationOwner } from '../records';
import type { Scheduler } from '../scheduler';
import type { InvocationMode, SourceCounts, SourceKind, SourceOptions, SourceView, ShardView } from '../types';

/** Events kept per source for the views. */
const RECENT_EVENTS = 200;

/** Services the simulation gives every source adapter. */
export interface SourceHost {
  readonly scheduler: Scheduler;
  readonly platform: Platform;
  nextEventId(): number;
  nextInvocationId(): number;
  /** Keeps a new invocation for the views and the report. */
  rememberInvocation(invocation: Invocation): void;
  /** Keeps a new event so it can be found by id. */
  rememberEvent(event: SourceEvent): void;
}

/** Returns source counts with every figure at zero. */
export function emptyCounts(): SourceCounts {
  return {
    events: 0,
    succeeded: 0,
    retries: 0,
    throttles: 0,
    gatewayTimeouts: 0,
    deadLettered: 0,
    sentToDestination: 0,
    lost: 0,
    duplicates: 0,
    maxQueueDepth: 0,
    maxIteratorAgeMs: 0,
  };
}

/**
 * Base of the adapters between a traffic source and the platform. Each kind of source decides how
 * events become invocations and what a failure, a timeout or a throttle leads to.
 */
export abstract class SourceAdapter implements InvocationOwner, SourceView {
  readonly counts: SourceCounts = emptyCounts();
  recentEvents: SourceEvent[] = [];
  pollers: number | null = null;
  shards: ShardView[] = [];
  private sequence = 0;
  /** Set once another adapter took over this one's traffic stream: it starts no more invocations. */
  protected retired = false;

  constructor(
    protected readonly host: SourceHost,
    readonly streamIndex: number,
    readonly source: SourceKind,
    readonly mode: InvocationMode,
    public label: string,
  ) {}

  /** Returns whether `options` can apply from now on without a new adapter; most sources take any. */
  canConfigure(_options: SourceOptions): boolean {
    return true;
  }

  /** Applies changed options from now on. Waiting events stay and are handled by the new options. */
  abstract configure(options: SourceOptions): void;

  /**
   * Hands the traffic stream over to a new adapter. Invocations already running end as usual, but
   * nothing waiting here is invoked again, so no invocations come from a source the views no longer list.
   */
  retire(): void {
    this.retired = true;
  }

  abstract get queueDepth(): number;
  abstract get inFlight(): number;

  /** Takes one event from the source, arriving now. */
  abstract accept(): SourceEvent;

  abstract invocationEnded(invocation: Invocation): void;

  protected get nowMs(): number {
    return this.host.scheduler.nowMs;
  }

  /** Creates the next event of this source and counts it. */
  protected createEvent(): SourceEvent {
    const event = new SourceEvent(this.host.nextEventId(), this.source, this.streamIndex, this.nowMs, this.sequence++);
    this.counts.events++;
    if (this.recentEvents.length >= 2 * RECENT_EVENTS) this.recentEvents = this.recentEvents.slice(-RECENT_EVENTS);
    this.recentEvents.push(event);
    this.host.rememberEvent(event);
    return event;
  }

  /** Creates an invocation carrying `events`, marks them in flight and hands it to the platform. */
  protected invoke(events: readonly SourceEvent[], attempt: number): Invocation {
    const invocation = new Invocation(
      this.host.nextInvocationId(),
      this.source,
      this.streamIndex,
      this.nowMs,
      this.mode,
      events,
    );
    invocation.attempt = attempt;
    invocation.owner = this;
    for (const event of events) {
      event.state = 'in-flight';
      event.attempts++;
      event.lastInvocationId = invocation.id;
    }
    this.host.rememberInvocation(invocation);
    this.host.platform.route(invocation);
    return invocation;
  }

  /**
   * Marks an event final at now. A final state never changes: a late run that succeeds after its
   * message went to the dead-letter queue cannot take it back, as SQS rejects the late delete.
   */
  protected settle(event: SourceEvent, state: SourceEvent['state']): void {
    if (event.state !== 'waiting' && event.state !== 'in-flight') return;
    event.state = state;
    event.endedMs = this.nowMs;
    if (state === 'succeeded') this.counts.succeeded++;
    else if (state === 'dead-lettered') this.counts.deadLettered++;
    else if (state === 'sent-to-destination') this.counts.sentToDestination++;
    else if (state === 'lost') this.counts.lost++;
  }

  /** Records the current queue depth in the running maximum. */
  protected noteQueueDepth(depth: number): void {
    if (depth > this.counts.maxQueueDepth) this.counts.maxQueueDepth = depth;
  }
}
