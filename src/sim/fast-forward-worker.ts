/**
 * Web Worker entry for fast-forward runs, so a simulated hour or day is computed off the page's main
 * thread. Create it with `new Worker(new URL('./fast-forward-worker.ts', import.meta.url), { type: 'module' })`.
 *
 * The page sends `start` and `cancel`. The worker replies with `progress`, then `done` or `error`.
 * Every message is checked on receipt: a malformed one gets an `error` reply and the worker keeps
 * running. One run goes at a time.
 */
import { createEventLoopYield } from './event-loop-yield';
import { FastForwardRun, type FastForwardResult } from './fast-forward';
import { parseScenario, type ScenarioError } from './scenario/parse';

/** Starts a run. `scenario` is checked with parseScenario, so it may come straight from a file. */
export interface StartMessage {
  type: 'start';
  /** Run id chosen by the page. Every reply about this run carries it. */
  runId: number;
  scenario: unknown;
  /** Simulated time to stop at (default: the scenario's durationMs). */
  untilMs?: number;
}

/** Stops the run with this id after its current slice. The worker then sends `done` with `cancelled: true`. */
export interface CancelMessage {
  type: 'cancel';
  runId: number;
}

export type FastForwardRequest = StartMessage | CancelMessage;

export interface ProgressMessage {
  type: 'progress';
  runId: number;
  /** Share of the run done, from 0 to 1. */
  fraction: number;
}

export interface DoneMessage {
  type: 'done';
  runId: number;
  result: FastForwardResult;
}

export interface ErrorMessage {
  type: 'error';
  /** The run the error is about, or null when the message did not name one. */
  runId: number | null;
  message: string;
  /** Problems found in the scenario of a `start` message, one per field. */
  scenarioErrors?: ScenarioError[];
}

export type FastForwardReply = ProgressMessage | DoneMessage | ErrorMessage;

/**
 * Maximum progress messages per run. They are counted in slices, not wall time, so every machine sends
 * the same ones; a run of 10 s or more thus sends at most 10 a second.
 */
const PROGRESS_MESSAGES = 100;

/** Returns a request, or the text of why `data` is not one. */
export function readRequest(data: unknown): FastForwardRequest | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return 'Invalid message: expected an object with a "type" of "start" or "cancel".';
  }

  const message = data as Record<string, unknown>;
  if (message.type !== 'start' && message.type !== 'cancel') {
    return `Invalid message type ${JSON.stringify(message.type) ?? 'undefined'}: expected "start" or "cancel".`;
  }
  if (typeof message.runId !== 'number' || !Number.isSafeInteger(message.runId)) {
    return `Invalid runId in a "${message.type}" message: expected an integer.`;
  }
  if (message.type === 'cancel') return { type: 'cancel', runId: message.runId };

  const untilMs = message.untilMs;
  if (untilMs !== undefined && (typeof untilMs !== 'number' || !Number.isFinite(untilMs) || untilMs < 0)) {
    return 'Invalid untilMs in a "start" message: expected a number of milliseconds from 0 up.';
  }
  return { type: 'start', runId: message.runId, scenario: message.scenario, untilMs };
}

/** Returns the runId of a message that has a usable one, so an error reply can name its run. */
function runIdOf(data: unknown): number | null {
  const runId = typeof data === 'object' && data !== null ? (data as { runId?: unknown }).runId : undefined;
  return typeof runId === 'number' && Number.isSafeInteger(runId) ? runId : null;
}

/**
 * The worker's logic, apart from the worker global so Node tests can drive it. `post` sends a reply,
 * and `yieldToHost` resolves once pending messages had a chance to arrive.
 */
export class FastForwardHost {
  private running: { runId: number; cancelled: boolean } | null = null;

  constructor(
    private readonly post: (reply: FastForwardReply) => void,
    private readonly yieldToHost: () => Promise<void>,
  ) {}

  /** Handles one incoming message. The promise settles when a run it started has ended. */
  async handle(data: unknown): Promise<void> {
    const request = readRequest(data);
    if (typeof request === 'string') {
      this.post({ type: 'error', runId: runIdOf(data), message: request });
      return;
    }

    if (request.type === 'cancel') {
      if (this.running?.runId === request.runId) this.running.cancelled = true;
      // Cancelling a run that already ended is not an error: the page and the worker may cross messages.
      return;
    }

    if (this.running !== null) {
      const message = `Run ${this.running.runId} is still in progress. Cancel it before starting run ${request.runId}.`;
      this.post({ type: 'error', runId: request.runId, message });
      return;
    }
    await this.run(request);
  }

  private async run(request: StartMessage): Promise<void> {
    const { runId } = request;
    const parsed = parseScenario(request.scenario);
    if (!parsed.ok) {
      const message = `The scenario is invalid: ${parsed.errors.length} problem(s), the first is ${parsed.errors[0].message}`;
      this.post({ type: 'error', runId, message, scenarioErrors: parsed.errors });
      return;
    }

    const state = { runId, cancelled: false };
    this.running = state;
    try {
      const run = new FastForwardRun(parsed.scenario, { untilMs: request.untilMs });
      const progressEvery = Math.max(1, Math.ceil(run.sliceCount / PROGRESS_MESSAGES));
      let slices = 0;

      while (!run.done && !state.cancelled) {
        run.step();
        slices++;
        if (slices % progressEvery === 0 && !run.done) this.post({ type: 'progress', runId, fraction: run.fraction });
        await this.yieldToHost();
      }
      this.post({ type: 'done', runId, result: run.finish(state.cancelled) });
    } catch (error) {
      const message = `The simulation failed: ${error instanceof Error ? error.message : String(error)}`;
      this.post({ type: 'error', runId, message });
    } finally {
      this.running = null;
    }
  }
}

// Wire the host to the worker global only inside a worker, so tests can import this module in Node.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const host = new FastForwardHost((reply) => scope.postMessage(reply), createEventLoopYield());
  scope.onmessage = (event: MessageEvent<unknown>) => void host.handle(event.data);
}
