import type { Invocation, SourceEvent } from '../records';
import type { ScheduledTask } from '../scheduler';
import type { ShardView, SourceKind, SourceOptions, StreamOptions } from '../types';
import { discardState } from './async-source';
import { STREAM_DEFAULTS, STREAM_RETENTION_MS, STREAM_RETRY_DELAY_MS } from './source-defaults';
import { SourceAdapter, type SourceHost } from './source-adapter';

/** One shard of the stream and its poller. Records are processed strictly in order. */
class Shard implements ShardView {
  /** Unprocessed records in order; those before `head` are done. */
  records: SourceEvent[] = [];
  head = 0;
  /** Size of the batch at the head being tried; it shrinks when a failing batch is bisected. */
  batchLimit: number;
  /** Tries of the batch at the head so far. */
  tries = 0;
  running: Invocation | null = null;
  blocked = false;
  /** The failed batch at the head is not retried before this moment. */
  retryAtMs = 0;
  /** A pending wake-up of the poller (batch window or retry delay). */
  wake: ScheduledTask | null = null;

  constructor(
    readonly id: number,
    batchSize: number,
    private readonly clock: { readonly nowMs: number },
  ) {
    this.batchLimit = batchSize;
  }

  get pending(): number {
    return this.records.length - this.head;
  }

  get iteratorAgeMs(): number {
    if (this.pending === 0) return 0;
    return this.clock.nowMs - this.records[this.head].arrivalMs;
  }

  /** Drops processed records from the front of the array once they outnumber the rest. */
  compact(): void {
    if (this.head > 64 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * A DynamoDB stream read by an event source mapping. Each shard has one poller that sends batches in
 * order. A failed batch is retried until it succeeds, its records expire, or the retry limit is reached,
 * and meanwhile its shard does not advance, so the shard's iterator age grows. Other shards go on.
 */
export class StreamSource extends SourceAdapter {
  private options: StreamOptions;
  private poison: Set<number>;
  private readonly shardList: Shard[];

  constructor(host: SourceHost, streamIndex: number, source: SourceKind, label: string, options: Partial<StreamOptions>) {
    super(host, streamIndex, source, 'stream', label);
    this.options = { ...STREAM_DEFAULTS, ...options };
    this.poison = new Set(this.options.poisonRecords);
    this.shardList = Array.from(
      { length: this.options.shards },
      (_, id) => new Shard(id, this.options.batchSize, host.scheduler),
    );
    this.shards = this.shardList;
  }

  get queueDepth(): number {
    let depth = 0;
    for (const shard of this.shardList) depth += shard.pending;
    return depth;
  }

  get inFlight(): number {
    let count = 0;
    for (const shard of this.shardList) count += shard.running?.events.length ?? 0;
    return count;
  }

  /** Largest iterator age seen, including the current ages of blocked shards. */
  maxIteratorAgeMs(): number {
    let max = this.counts.maxIteratorAgeMs;
    for (const shard of this.shardList) max = Math.max(max, shard.iteratorAgeMs);
    this.counts.maxIteratorAgeMs = max;
    return max;
  }

  /** Returns false for a different number of shards, which makes a different stream and needs a new adapter. */
  override canConfigure(options: SourceOptions): boolean {
    return (options.shards ?? STREAM_DEFAULTS.shards) === this.shardList.length;
  }

  /** Applies from now on: shards keep their records and positions, and a batch being retried keeps its size. */
  configure(options: Partial<StreamOptions>): void {
    this.options = { ...STREAM_DEFAULTS, ...options };
    this.poison = new Set(this.options.poisonRecords);
    for (const shard of this.shardList) {
      // Only add poison: a record failed by hand in the inspector stays failed.
      for (let index = shard.head; index < shard.records.length; index++) {
        const record = shard.records[index];
        if (this.poison.has(record.sequence)) record.poison = true;
      }
      if (shard.tries === 0) shard.batchLimit = this.options.batchSize;
      this.wakeLater(shard, 0);
    }
  }

  accept(): SourceEvent {
    const event = this.createEvent();
    // Records spread over shards in turn, as keys spread over partitions.
    const shard = this.shardList[event.sequence % this.shardList.length];
    event.shard = shard.id;
    event.poison = this.poison.has(event.sequence);
    shard.records.push(event);
    this.noteQueueDepth(this.queueDepth);
    // Poll after everything arriving at this moment is in the shard, so it can share a batch.
    this.wakeLater(shard, 0);
    return event;
  }

  /** Marks a record as always failing, as the inspector's "fail this event" does. */
  poisonEvent(event: SourceEvent): void {
    event.poison = true;
  }

  invocationEnded(invocation: Invocation): void {
    const shard = this.shardList[invocation.events[0].shard ?? 0];
    shard.running = null;
    this.maxIteratorAgeMs();

    if (invocation.status === 'completed') {
      for (const event of invocation.events) this.settle(event, 'succeeded');
      this.advance(shard, invocation.events.length);
      this.wakeLater(shard, 0);
      return;
    }

    if (invocation.status === 'throttled') this.counts.throttles++;
    shard.blocked = true;

    const limit = this.options.maximumRetryAttempts;
    if (limit >= 0 && shard.tries > limit) {
      // Out of retries: the batch goes to the failure target and the shard moves on.
      for (const event of invocation.events) this.settle(event, discardState(this.options.onFailure));
      this.advance(shard, invocation.events.length);
      this.wakeLater(shard, 0);
      return;
    }

    // Bisecting splits a batch that failed in the handler, so a bad record ends up alone.
    if (this.options.bisectBatchOnError && invocation.status !== 'throttled' && invocation.events.length > 1) {
      shard.batchLimit = Math.ceil(invocation.events.length / 2);
    }
    for (const event of invocation.events) event.state = 'waiting';
    shard.retryAtMs = this.nowMs + STREAM_RETRY_DELAY_MS;
    this.wakeLater(shard, STREAM_RETRY_DELAY_MS);
  }

  /** Sends the next batch of `shard` if its poller is free and the batch window allows it. */
  private poll(shard: Shard): void {
    if (this.retired || shard.running !== null || shard.wake !== null) return;

    // A record arriving just as a batch failed must not cut the retry wait short.
    if (shard.tries > 0 && this.nowMs < shard.retryAtMs) {
      this.wakeLater(shard, shard.retryAtMs - this.nowMs);
      return;
    }
    this.expire(shard);
    if (shard.pending === 0) {
      shard.blocked = false;
      return;
    }

    // With a batch window, wait for a full batch or until the oldest record has waited the window.
    const windowMs = this.options.batchWindowMs;
    const oldest = shard.records[shard.head];
    if (windowMs > 0 && shard.tries === 0 && shard.pending < shard.batchLimit) {
      const readyAt = oldest.arrivalMs + windowMs;
      if (readyAt > this.nowMs) {
        this.wakeLater(shard, readyAt - this.nowMs);
        return;
      }
    }

    const batch = shard.records.slice(shard.head, shard.head + shard.batchLimit);
    if (shard.tries > 0) this.counts.retries++;
    shard.tries++;
    shard.running = this.invoke(batch, shard.tries);
  }

  /** Discards records at the head that are older than the record age limit or the stream's retention. */
  private expire(shard: Shard): void {
    const maxAge = this.options.maximumRecordAgeMs >= 0 ? this.options.maximumRecordAgeMs : STREAM_RETENTION_MS;
    let expired = 0;
    while (shard.head + expired < shard.records.length) {
      const record = shard.records[shard.head + expired];
      if (this.nowMs - record.arrivalMs <= maxAge) break;
      this.settle(record, discardState(this.options.onFailure));
      expired++;
    }
    if (expired > 0) this.advance(shard, expired);
  }

  private advance(shard: Shard, count: number): void {
    shard.head += count;
    shard.tries = 0;
    shard.blocked = false;
    shard.batchLimit = this.options.batchSize;
    shard.compact();
  }

  /** Wakes the shard's poller after `delayMs`; owners may not route inside invocationEnded, so even 0 waits. */
  private wakeLater(shard: Shard, delayMs: number): void {
    if (shard.wake !== null) return;
    shard.wake = this.host.scheduler.atEndOfMoment(() => {
      shard.wake = null;
      this.poll(shard);
    }, delayMs);
  }
}
