import type { AnyActorRef } from 'xstate';
import type { HeapItem } from './indexed-heap';
import type {
  EnvironmentView,
  HttpResponse,
  InvocationMode,
  InvocationStatus,
  InvocationView,
  Phase,
  PhaseSpan,
  SourceEventState,
  SourceEventView,
  SourceKind,
  StartKind,
  ThrottleCause,
} from './types';

/** Phases kept per environment; older ones are dropped so a long run keeps flat memory. */
export const HISTORY_LIMIT = 48;

/** One event a source produced. Its source adapter writes it; everything else reads a SourceEventView. */
export class SourceEvent implements SourceEventView {
  state: SourceEventState = 'waiting';
  attempts = 0;
  receiveCount = 0;
  poison = false;
  shard: number | null = null;
  response: HttpResponse | null = null;
  endedMs = NaN;
  /** Retries used after function errors and timeouts (asynchronous sources). */
  errorRetries = 0;
  /** Retries used after throttles (asynchronous sources), which set the backoff. */
  throttleRetries = 0;
  /** Invocations carrying this event that are still running; above 1 means it runs twice at once. */
  runsInFlight = 0;
  /** The latest invocation that carried this event. */
  lastInvocationId: number | null = null;

  constructor(
    readonly id: number,
    readonly source: SourceKind,
    readonly streamIndex: number,
    readonly arrivalMs: number,
    readonly sequence: number,
  ) {}
}

/** Learns how an invocation ended: the source adapter that made it. */
export interface InvocationOwner {
  /** Called once, when the invocation is throttled or ends on its environment. */
  invocationEnded(invocation: Invocation): void;
}

/** One call of the handler and its fate. The simulation writes it; everything else reads an InvocationView. */
export class Invocation implements InvocationView {
  start: StartKind = 'warm';
  status: InvocationStatus = 'in-flight';
  throttleCause: ThrottleCause | null = null;
  environmentId: number | null = null;
  provisionMs = 0;
  initMs = 0;
  startMs = NaN;
  runMs = NaN;
  endMs = NaN;
  /** Handler time drawn for this invocation, before any timeout cut. */
  plannedRunMs = 0;
  /** Whether the handler throws at the end of its run. */
  throws = false;
  attempt = 1;
  /** Owner notified when the invocation ends, or null for an invocation no source tracks. */
  owner: InvocationOwner | null = null;

  constructor(
    readonly id: number,
    readonly source: SourceKind,
    readonly streamIndex: number,
    readonly arrivalMs: number,
    readonly mode: InvocationMode,
    readonly events: readonly SourceEvent[],
  ) {}
}

/**
 * One execution environment (a micro VM). Its lifecycle runs in the environment machine. This record
 * keeps the durations the platform drew for it and the state the views read.
 */
export class Environment implements EnvironmentView, HeapItem {
  phase: Phase = 'provisioning';
  phaseSinceMs: number;
  readonly history: PhaseSpan[] = [];
  invocationsServed = 0;
  current: Invocation | null = null;

  /** Position in the idle pool's heap, or -1 when not idle. */
  heapIndex = -1;
  /** Position in the idle pool's list for random picks, or -1 when not idle. */
  listIndex = -1;
  /** When the environment last became idle; the most- and least-recently-used policies sort by it. */
  idleSinceMs = 0;

  /** False until init completes, and again after a reset: the next invocation then runs init first. */
  initialized = false;
  /** Whether the environment currently counts against the concurrency limit. */
  active = false;
  /** Set when provisioned concurrency shrinks: the environment shuts down at its next idle moment. */
  retiring = false;

  provisionMs = 0;
  initMs = 0;
  idleLifetimeMs = 0;
  shutdownMs = 0;
  resetMs = 0;
  /** Function timeout that applies to the current invocation. */
  timeoutMs = 0;
  /** Remaining time of the current invocation's timeout, after any init re-run inside it. */
  timeLeftMs = 0;

  actor: AnyActorRef | null = null;

  constructor(
    readonly id: number,
    readonly provisioned: boolean,
    readonly createdMs: number,
  ) {
    this.phaseSinceMs = createdMs;
  }

  /** Closes the open span and opens one for `phase` at `nowMs`. */
  recordPhase(phase: Phase, nowMs: number): void {
    const history = this.history;
    const open = history[history.length - 1];
    if (open !== undefined) open.endMs = nowMs;

    // Once the history is full, reuse the oldest span object: this runs several times per invocation.
    const span: PhaseSpan =
      history.length >= HISTORY_LIMIT
        ? (history.shift() as PhaseSpan)
        : { phase, startMs: nowMs, endMs: NaN, invocationId: null };
    span.phase = phase;
    span.startMs = nowMs;
    span.endMs = phase === 'terminated' ? nowMs : NaN;
    span.invocationId = this.current !== null && phase !== 'idle' ? this.current.id : null;
    history.push(span);
    this.phase = phase;
    this.phaseSinceMs = nowMs;
  }
}
