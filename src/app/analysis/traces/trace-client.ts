/**
 * The page's side of the trace worker: parses one file at a time, reports progress, and cancels. The
 * worker is created on first use and ended by `dispose`.
 */
import type { TraceOptions } from '../../../sim/traces/parse-trace';
import type { TraceResult } from '../../../sim/traces/trace-result';
import type { ParseMessage, TraceReply, TraceRequest } from '../../../sim/traces/trace-worker';

/** A worker as the client uses it, so tests can pass a fake. */
export interface TraceWorkerLike {
  postMessage(message: TraceRequest): void;
  onmessage: ((event: MessageEvent<TraceReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Outcome of a parse: the parser's result, or cancelled. */
export type TraceOutcome = { status: 'parsed'; result: TraceResult } | { status: 'cancelled' };

/** Creates the real worker. Vite bundles the worker module as its own chunk from this URL. */
export function createTraceWorker(): TraceWorkerLike {
  return new Worker(new URL('../../../sim/traces/trace-worker.ts', import.meta.url), { type: 'module' });
}

interface PendingParse {
  message: ParseMessage;
  onProgress: (fraction: number) => void;
  resolve(outcome: TraceOutcome): void;
  reject(error: Error): void;
}

/** Parses trace files in the trace worker. */
export class TraceClient {
  private worker: TraceWorkerLike | null = null;
  /** The parse the caller waits for. */
  private pending: PendingParse | null = null;
  /** Request the worker is still busy with, possibly one already cancelled; it takes one file at a time. */
  private busyId: number | null = null;
  private nextRequestId = 1;

  constructor(private readonly makeWorker: () => TraceWorkerLike = createTraceWorker) {}

  /**
   * Parses `file` in the worker. Resolves with the parser's result (which lists the file's problems
   * when it is malformed) or with cancelled; rejects when reading fails. A parse in progress is
   * cancelled first, and this one starts once the worker has stopped it.
   */
  parse(file: Blob | string, options: TraceOptions, onProgress: (fraction: number) => void): Promise<TraceOutcome> {
    this.cancel();
    const message: ParseMessage = { type: 'parse', requestId: this.nextRequestId++, file, format: 'auto', options };
    return new Promise<TraceOutcome>((resolve, reject) => {
      this.pending = { message, onProgress, resolve, reject };
      this.sendPending();
    });
  }

  /** Stops the current parse; its promise resolves as cancelled at once. */
  cancel(): void {
    const pending = this.settle();
    if (!pending) return;
    if (this.busyId === pending.message.requestId) this.worker?.postMessage({ type: 'cancel', requestId: this.busyId });
    pending.resolve({ status: 'cancelled' });
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
    this.busyId = null;
  }

  private sendPending(): void {
    if (!this.pending || this.busyId !== null) return;
    const worker = this.ensureWorker();
    this.busyId = this.pending.message.requestId;
    worker.postMessage(this.pending.message);
  }

  private ensureWorker(): TraceWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.makeWorker();
    worker.onmessage = (event) => this.onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.busyId = null;
      this.settle()?.reject(new Error(`The trace worker failed: ${event.message || 'unknown error'}`));
    };
    this.worker = worker;
    return worker;
  }

  private onReply(reply: TraceReply): void {
    const pending = this.pending?.message.requestId === reply.requestId ? this.pending : null;
    if (reply.type === 'progress') {
      pending?.onProgress(reply.fraction);
      return;
    }

    // Any other reply ends the worker's work on that request.
    if (reply.requestId === this.busyId) this.busyId = null;
    if (pending) {
      this.settle();
      if (reply.type === 'done') pending.resolve({ status: 'parsed', result: reply.result });
      else if (reply.type === 'cancelled') pending.resolve({ status: 'cancelled' });
      else pending.reject(new Error(reply.message));
    }
    this.sendPending();
  }

  private settle(): PendingParse | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }
}
