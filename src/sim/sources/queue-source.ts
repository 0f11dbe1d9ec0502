import type { Invocation, SourceEvent } from '../records';
import type { ScheduledTask } from '../scheduler';
import type { QueueOptions, SourceKind } from '../types';
import { QUEUE_DEFAULTS, QUEUE_MIN_REDELIVERY_MS, QUEUE_POLLERS } from './source-defaults';
import { SourceAdapter, type SourceHost } from './source-adapter';

const POLLERS_PER_MS = QUEUE_POLLERS.addedPerMinute / 60_000;

/**
 * An SQS queue read by an event source mapping. Pollers receive batches of visible messages, which
 * stay hidden for the visibility timeout. A successful batch is deleted. A failed or throttled batch
 * becomes visible again when its timeout ends, with its receive count up. Past `maxReceiveCount`, SQS
 * moves a message to the dead-letter queue. The poller fleet starts at 5 concurrent batches and grows by
 * up to 300 a minute while messages wait, up to 1,000 or the mapping's maximum concurrency. After a
 * failed or throttled batch it backs off: the fleet shrinks and that poller pauses before its next receive.
 */
export class QueueSource extends SourceAdapter {
  private options: QueueOptions;
  private poison: Set<number>;
  /** Visible messages in arrival order; those before `head` were received or settled. */
  private visible: SourceEvent[] = [];
  private head = 0;
  private hidden = 0;
  private running = 0;
  /** Concurrent batches allowed now; fractional while the fleet grows. */
  private pollerLimit: number = QUEUE_POLLERS.initial;
  private limitUpdatedMs = 0;
  private wake: ScheduledTask | null = null;

  constructor(host: SourceHost, streamIndex: number, source: SourceKind, label: string, options: Partial<QueueOptions>) {
    super(host, streamIndex, source, 'queue', label);
    this.options = { ...QUEUE_DEFAULTS, ...options };
    this.poison = new Set(this.options.poisonMessages);
    this.pollers = QUEUE_POLLERS.initial;
  }

  get queueDepth(): number {
    return this.visible.length - this.head;
  }

  get inFlight(): number {
    return this.hidden;
  }

  /** Applies from now on, also to the messages already in the queue. The poller fleet shrinks to fit a lower cap. */
  configure(options: Partial<QueueOptions>): void {
    this.options = { ...QUEUE_DEFAULTS, ...options };
    this.poison = new Set(this.options.poisonMessages);
    // Only add poison: a message failed by hand in the inspector stays failed.
    for (let index = this.head; index < this.visible.length; index++) {
      const message = this.visible[index];
      if (this.poison.has(message.sequence)) message.poison = true;
    }
    this.pollerLimit = Math.min(this.pollerLimit, this.pollerMax());
    this.pollers = Math.floor(this.pollerLimit);
    this.wakeLater(0);
  }

  accept(): SourceEvent {
    const event = this.createEvent();
    event.poison = this.poison.has(event.sequence);
    this.makeVisible(event);
    // Poll after everything arriving at this moment is in the queue, so it can share batches.
    this.wakeLater(0);
    return event;
  }

  invocationEnded(invocation: Invocation): void {
    for (const event of invocation.events) event.runsInFlight--;

    if (invocation.status === 'completed') {
      // Deleting the batch ends it, even if a copy became visible again meanwhile.
      for (const event of invocation.events) this.settle(event, 'succeeded');
      this.running--;
    } else {
      if (invocation.status === 'throttled') this.counts.throttles++;
      this.backOff();
    }
    this.wakeLater(0);
  }

  /**
   * Shrinks the fleet after a failed or throttled batch, not below its starting 5, and keeps the
   * poller that got it busy for the pause. Without the pause, a throttled poller would receive again
   * at the same moment and could cycle the whole queue through throttles at once.
   */
  private backOff(): void {
    // Credit the growth up to now first, so the drop applies to the current size.
    this.growPollers();
    const floor = Math.min(QUEUE_POLLERS.initial, this.pollerMax());
    this.pollerLimit = Math.max(floor, this.pollerLimit - this.options.backoffPollers);
    this.pollers = Math.floor(this.pollerLimit);

    if (this.options.backoffMs > 0) this.host.scheduler.setTimeout(this.resumePoller, this.options.backoffMs);
    else this.running--;
  }

  /** Frees a poller whose pause after a failed or throttled batch has ended. Made once, so pausing allocates no closure. */
  private readonly resumePoller = () => {
    this.running--;
    this.wakeLater(0);
  };

  /** Receives and invokes batches while pollers are free. */
  private poll(): void {
    if (this.wake !== null || this.retired) return;
    this.growPollers();

    while (this.running < this.concurrencyCap() && this.queueDepth > 0) {
      // With a batch window, wait for a full batch or until the oldest message has waited the window.
      const windowMs = this.options.batchWindowMs;
      if (windowMs > 0 && this.queueDepth < this.options.batchSize) {
        const readyAt = this.visible[this.head].arrivalMs + windowMs;
        if (readyAt > this.nowMs) {
          this.wakeLater(readyAt - this.nowMs);
          return;
        }
      }

      const batch = this.receiveBatch();
      if (batch.length === 0) continue;
      this.running++;
      this.invoke(batch, Math.max(...batch.map((event) => event.receiveCount)));
    }

    // Messages still wait and the fleet may grow: look again when the next poller is added.
    if (this.queueDepth > 0 && this.running >= this.concurrencyCap() && this.pollerLimit < this.pollerMax()) {
      const untilNext = (Math.floor(this.pollerLimit) + 1 - this.pollerLimit) / POLLERS_PER_MS;
      this.wakeLater(Math.max(1, Math.ceil(untilNext)));
    }
    if (this.queueDepth === 0 && this.running === 0) this.pollerLimit = QUEUE_POLLERS.initial;
    this.pollers = Math.floor(this.pollerLimit);
  }

  /** Takes up to a batch of visible messages, moving those received too often to the dead-letter queue. */
  private receiveBatch(): SourceEvent[] {
    const batch: SourceEvent[] = [];
    const maxReceives = this.options.maxReceiveCount;

    while (batch.length < this.options.batchSize && this.head < this.visible.length) {
      const message = this.visible[this.head++];
      // Only waiting messages are really visible; a copy whose earlier run succeeded is already deleted.
      if (message.state !== 'waiting') continue;

      if (maxReceives !== null && message.receiveCount >= maxReceives) {
        this.settle(message, 'dead-lettered');
        continue;
      }

      message.receiveCount++;
      if (message.runsInFlight > 0) this.counts.duplicates++;
      message.runsInFlight++;
      batch.push(message);
    }
    this.compact();

    if (batch.length > 0) {
      this.hidden += batch.length;
      const hiddenMs = Math.max(this.options.visibilityTimeoutMs, QUEUE_MIN_REDELIVERY_MS);
      this.host.scheduler.setTimeout(() => this.visibilityEnded(batch), hiddenMs);
    }
    return batch;
  }

  /** Returns the batch's unfinished messages to the queue when their visibility timeout ends. */
  private visibilityEnded(batch: SourceEvent[]): void {
    this.hidden -= batch.length;
    for (const message of batch) {
      if (message.state === 'succeeded' || message.state === 'dead-lettered') continue;
      this.counts.retries++;
      this.makeVisible(message);
    }
    this.poll();
  }

  private makeVisible(message: SourceEvent): void {
    message.state = 'waiting';
    this.visible.push(message);
    this.noteQueueDepth(this.queueDepth);
  }

  private concurrencyCap(): number {
    return Math.min(Math.floor(this.pollerLimit), this.pollerMax());
  }

  private pollerMax(): number {
    return Math.min(QUEUE_POLLERS.max, this.options.maximumConcurrency ?? QUEUE_POLLERS.max);
  }

  /** Adds pollers for the time messages have waited with every poller busy. */
  private growPollers(): void {
    const elapsed = this.nowMs - this.limitUpdatedMs;
    this.limitUpdatedMs = this.nowMs;
    if (this.queueDepth > 0 && this.running >= Math.floor(this.pollerLimit)) {
      this.pollerLimit = Math.min(this.pollerMax(), this.pollerLimit + elapsed * POLLERS_PER_MS);
    }
  }

  private compact(): void {
    if (this.head > 256 && this.head * 2 > this.visible.length) {
      this.visible = this.visible.slice(this.head);
      this.head = 0;
    }
  }

  private wakeLater(delayMs: number): void {
    if (this.wake !== null) return;
    this.wake = this.host.scheduler.atEndOfMoment(() => {
      this.wake = null;
      this.poll();
    }, delayMs);
  }
}
