/**
 * The page's side of the fast-forward worker: starts a run, reports progress, and cancels it. One
 * client runs one run at a time; the worker is created on first use and ended by `dispose`.
 */
import type { FastForwardResult } from '../../../sim/fast-forward';
import type { FastForwardReply, FastForwardRequest } from '../../../sim/fast-forward-worker';
import type { Scenario } from '../../../sim/types';

/** A worker as the client uses it, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: FastForwardRequest): void;
  onmessage: ((event: MessageEvent<FastForwardReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Callbacks of a run in progress. */
export interface RunCallbacks {
  onProgress(fraction: number): void;
}

/** Creates the real worker. Vite bundles the worker module as its own chunk from this URL. */
export function createFastForwardWorker(): WorkerLike {
  return new Worker(new URL('../../../sim/fast-forward-worker.ts', import.meta.url), { type: 'module' });
}

interface PendingRun {
  runId: number;
  callbacks: RunCallbacks;
  resolve(result: FastForwardResult): void;
  reject(error: Error): void;
}

/** Runs scenarios in the fast-forward worker. */
export class FastForwardClient {
  private worker: WorkerLike | null = null;
  private pending: PendingRun | null = null;
  private nextRunId = 1;

  constructor(private readonly makeWorker: () => WorkerLike = createFastForwardWorker) {}

  /**
   * Runs `scenario` up to `untilMs` in the worker. Resolves with the result, whose `cancelled` is true
   * after `cancel`; rejects when the worker reports an error. Rejects at once if a run is in progress.
   */
  run(scenario: Scenario, untilMs: number, callbacks: RunCallbacks): Promise<FastForwardResult> {
    if (this.pending) return Promise.reject(new Error('A long run is already in progress. Cancel it first.'));
    const worker = this.ensureWorker();
    const runId = this.nextRunId++;
    return new Promise<FastForwardResult>((resolve, reject) => {
      this.pending = { runId, callbacks, resolve, reject };
      worker.postMessage({ type: 'start', runId, scenario, untilMs });
    });
  }

  /** Asks the worker to stop the current run after its current slice; the run then resolves as cancelled. */
  cancel(): void {
    if (this.pending && this.worker) this.worker.postMessage({ type: 'cancel', runId: this.pending.runId });
  }

  /** Ends the worker; a run in progress rejects. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.settle()?.reject(new Error('The long run was stopped because its view closed.'));
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.makeWorker();
    worker.onmessage = (event) => this.onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to load or crashed cannot be trusted with the next run.
      this.worker?.terminate();
      this.worker = null;
      this.settle()?.reject(new Error(`The fast-forward worker failed: ${event.message || 'unknown error'}`));
    };
    this.worker = worker;
    return worker;
  }

  private onReply(reply: FastForwardReply): void {
    const pending = this.pending;
    if (!pending || (reply.runId !== null && reply.runId !== pending.runId)) return;
    if (reply.type === 'progress') pending.callbacks.onProgress(reply.fraction);
    else if (reply.type === 'done') this.settle()?.resolve(reply.result);
    else this.settle()?.reject(new Error(reply.message));
  }

  /** Clears the pending run and returns it, so later replies for it find nothing to settle. */
  private settle(): PendingRun | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }
}
