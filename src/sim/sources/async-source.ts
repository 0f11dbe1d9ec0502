import type { Invocation, SourceEvent } from '../records';
import type { AsyncOptions, FailureTarget, SourceKind } from '../types';
import { ASYNC_DEFAULTS, ASYNC_ERROR_RETRY_DELAYS_MS, ASYNC_THROTTLE_BACKOFF } from './source-defaults';
import { SourceAdapter, type SourceHost } from './source-adapter';

/** Returns the final state of a discarded event, which depends on where it is sent. */
export function discardState(target: FailureTarget): SourceEvent['state'] {
  if (target === 'dead-letter-queue') return 'dead-lettered';
  if (target === 'destination') return 'sent-to-destination';
  return 'lost';
}

/**
 * An asynchronous source (S3, SNS, a schedule): the caller's request is accepted at once and the event
 * waits in Lambda's internal queue. Throttled events are retried with backoff until they are older than
 * the maximum event age. Function errors and timeouts are retried up to twice, after 1 and 2 minutes.
 * An event that runs out of tries goes to its failure target or is lost.
 */
export class AsyncSource extends SourceAdapter {
  private options: AsyncOptions;
  private waiting = 0;
  private running = 0;

  constructor(host: SourceHost, streamIndex: number, source: SourceKind, label: string, options: Partial<AsyncOptions>) {
    super(host, streamIndex, source, 'async', label);
    this.options = { ...ASYNC_DEFAULTS, ...options };
  }

  get queueDepth(): number {
    return this.waiting;
  }

  get inFlight(): number {
    return this.running;
  }

  /** Applies from now on: events waiting for a retry are retried, or discarded, by the new limits. */
  configure(options: Partial<AsyncOptions>): void {
    this.options = { ...ASYNC_DEFAULTS, ...options };
  }

  accept(): SourceEvent {
    const event = this.createEvent();
    this.running++;
    this.invoke([event], 1);
    return event;
  }

  invocationEnded(invocation: Invocation): void {
    const event = invocation.events[0];
    this.running--;

    if (invocation.status === 'completed') {
      this.settle(event, 'succeeded');
      return;
    }

    if (invocation.status === 'throttled') {
      this.counts.throttles++;
      const { firstMs, maxMs, factor } = ASYNC_THROTTLE_BACKOFF;
      const delayMs = Math.min(maxMs, firstMs * factor ** event.throttleRetries);
      event.throttleRetries++;
      this.retryLater(event, delayMs);
      return;
    }

    // A function error or a timeout.
    if (event.errorRetries >= this.options.maximumRetryAttempts) {
      this.settle(event, discardState(this.options.onFailure));
      return;
    }
    const delayMs = ASYNC_ERROR_RETRY_DELAYS_MS[Math.min(event.errorRetries, ASYNC_ERROR_RETRY_DELAYS_MS.length - 1)];
    event.errorRetries++;
    this.retryLater(event, delayMs);
  }

  /** Puts the event back in the internal queue, or discards it if it would be too old by then. */
  private retryLater(event: SourceEvent, delayMs: number): void {
    const ageAtRetry = this.nowMs + delayMs - event.arrivalMs;
    if (ageAtRetry > this.options.maximumEventAgeMs) {
      this.settle(event, discardState(this.options.onFailure));
      return;
    }

    event.state = 'waiting';
    this.waiting++;
    this.noteQueueDepth(this.waiting);
    this.host.scheduler.setTimeout(() => this.retry(event), delayMs);
  }

  private retry(event: SourceEvent): void {
    this.waiting--;
    if (this.retired) return;
    this.running++;
    this.counts.retries++;
    this.invoke([event], event.attempts + 1);
  }
}
