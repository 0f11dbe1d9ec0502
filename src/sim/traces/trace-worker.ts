/**
 * Web Worker entry for trace import, so a large file is parsed off the page's main thread. Create it
 * with `new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' })`.
 *
 * The page sends `parse` with a File, Blob or string, and may send `cancel`. The worker replies with
 * `progress`, then `done` (whose result lists the file's problems when it is malformed), `cancelled`
 * or `error`. Every message is checked on receipt: a malformed one gets an `error` reply and the
 * worker keeps running. The page's current scenario is never changed by the worker.
 */
import { createEventLoopYield } from '../event-loop-yield';
import { SOURCE_KINDS, type SourceKind } from '../types';
import { createTraceParser, detectTraceFormat, type TraceFormat, type TraceOptions } from './parse-trace';
import type { TraceResult } from './trace-result';

/** Parses one file. The worker replies with progress, then done, cancelled or error. */
export interface ParseMessage {
  type: 'parse';
  /** Chosen by the page; every reply about this file carries it. */
  requestId: number;
  file: Blob | string;
  /** Layout of the file (default "auto": per-minute counts when it starts with their header). */
  format?: TraceFormat | 'auto';
  options?: TraceOptions;
}

/** Stops reading the file with this id; the worker replies with cancelled. */
export interface CancelParseMessage {
  type: 'cancel';
  requestId: number;
}

export type TraceRequest = ParseMessage | CancelParseMessage;

export type TraceReply =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'done'; requestId: number; result: TraceResult }
  | { type: 'cancelled'; requestId: number }
  | { type: 'error'; requestId: number | null; message: string };

/** Bytes (or characters of a string) read at a time. */
export const READ_CHUNK = 1 << 20;

/** Maximum progress messages per file: one per percent read. */
const PROGRESS_STEPS = 100;

const FORMATS = ['auto', 'timestamps', 'azure-counts'] as const;
const SPREADS = ['even', 'uniform', 'poisson'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSource(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value);
}

/** Returns the options of a parse message, or the text of why they are invalid. */
function readOptions(value: unknown): TraceOptions | string {
  if (value === undefined) return {};
  if (!isRecord(value)) return 'Invalid options: expected an object.';

  const { row, spread, source, defaultSource } = value;
  if (row !== undefined && (typeof row !== 'number' || !Number.isSafeInteger(row) || row < 0)) {
    return 'Invalid options.row: expected an integer from 0 up.';
  }
  if (spread !== undefined && !(SPREADS as readonly unknown[]).includes(spread)) {
    return 'Invalid options.spread: expected "even", "uniform" or "poisson".';
  }
  if (source !== undefined && !isSource(source)) return `Invalid options.source: expected one of ${SOURCE_KINDS.join(', ')}.`;
  if (defaultSource !== undefined && !isSource(defaultSource)) {
    return `Invalid options.defaultSource: expected one of ${SOURCE_KINDS.join(', ')}.`;
  }
  return { row, spread: spread as TraceOptions['spread'], source, defaultSource };
}

/** Returns a request, or the text of why `data` is not one. */
export function readTraceRequest(data: unknown): TraceRequest | string {
  if (!isRecord(data)) return 'Invalid message: expected an object with a "type" of "parse" or "cancel".';
  if (data.type !== 'parse' && data.type !== 'cancel') {
    return `Invalid message type ${JSON.stringify(data.type) ?? 'undefined'}: expected "parse" or "cancel".`;
  }
  if (typeof data.requestId !== 'number' || !Number.isSafeInteger(data.requestId)) {
    return `Invalid requestId in a "${data.type}" message: expected an integer.`;
  }
  if (data.type === 'cancel') return { type: 'cancel', requestId: data.requestId };

  const { file, format } = data;
  if (typeof file !== 'string' && !(typeof Blob !== 'undefined' && file instanceof Blob)) {
    return 'Invalid file in a "parse" message: expected a File, a Blob or a string.';
  }
  if (format !== undefined && !(FORMATS as readonly unknown[]).includes(format)) {
    return 'Invalid format in a "parse" message: expected "auto", "timestamps" or "azure-counts".';
  }
  const options = readOptions(data.options);
  if (typeof options === 'string') return options;
  return { type: 'parse', requestId: data.requestId, file, format: format as ParseMessage['format'], options };
}

/** Thrown when a file's bytes are not valid UTF-8. */
class NotUtf8Error extends Error {
  constructor(readonly pieceStart: number) {
    super(`The file is not UTF-8 text (invalid bytes after byte ${pieceStart}). Save it as UTF-8 CSV and try again.`);
  }
}

/** Reads text piece by piece from a string or a Blob, decoding UTF-8 across piece boundaries. */
async function* readPieces(file: Blob | string): AsyncGenerator<{ text: string; fraction: number }> {
  if (typeof file === 'string') {
    for (let start = 0; start < file.length; start += READ_CHUNK) {
      yield { text: file.slice(start, start + READ_CHUNK), fraction: Math.min(1, (start + READ_CHUNK) / file.length) };
    }
    return;
  }

  // A fatal decoder turns a binary or wrongly encoded file into a clear error instead of garbled text.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let start = 0; start < file.size; start += READ_CHUNK) {
    const bytes = await file.slice(start, start + READ_CHUNK).arrayBuffer();
    const last = start + READ_CHUNK >= file.size;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      throw new NotUtf8Error(start);
    }
    yield { text, fraction: Math.min(1, (start + READ_CHUNK) / file.size) };
  }
}

/** Returns the first characters of a file, enough to detect its layout. */
async function startOf(file: Blob | string): Promise<string> {
  if (typeof file === 'string') return file.slice(0, 4_096);
  return new TextDecoder('utf-8').decode(await file.slice(0, 4_096).arrayBuffer());
}

/**
 * The worker's logic, apart from the worker global so Node tests can drive it. One file is parsed
 * at a time; `yieldToHost` runs between pieces so a cancel message can arrive.
 */
export class TraceHost {
  private current: { requestId: number; cancelled: boolean } | null = null;

  constructor(
    private readonly post: (reply: TraceReply) => void,
    private readonly yieldToHost: () => Promise<void>,
  ) {}

  /** Handles one incoming message. The promise settles when a parse it started has ended. */
  async handle(data: unknown): Promise<void> {
    const request = readTraceRequest(data);
    if (typeof request === 'string') {
      const requestId = isRecord(data) && Number.isSafeInteger(data.requestId) ? (data.requestId as number) : null;
      this.post({ type: 'error', requestId, message: request });
      return;
    }

    if (request.type === 'cancel') {
      if (this.current?.requestId === request.requestId) this.current.cancelled = true;
      return;
    }
    if (this.current !== null) {
      const message = `File ${this.current.requestId} is still being read. Cancel it before sending file ${request.requestId}.`;
      this.post({ type: 'error', requestId: request.requestId, message });
      return;
    }
    await this.parse(request);
  }

  private async parse(request: ParseMessage): Promise<void> {
    const { requestId, file } = request;
    const state = { requestId, cancelled: false };
    this.current = state;
    try {
      const format = request.format === undefined || request.format === 'auto' ? detectTraceFormat(await startOf(file)) : request.format;
      const parser = createTraceParser(format, request.options);
      let reported = 0;

      for await (const piece of readPieces(file)) {
        parser.push(piece.text);
        const step = Math.floor(piece.fraction * PROGRESS_STEPS);
        if (step > reported && piece.fraction < 1) {
          reported = step;
          this.post({ type: 'progress', requestId, fraction: piece.fraction });
        }
        await this.yieldToHost();
        if (state.cancelled) {
          this.post({ type: 'cancelled', requestId });
          return;
        }
      }
      this.post({ type: 'done', requestId, result: parser.finish() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = error instanceof NotUtf8Error ? reason : `Reading the file failed: ${reason}`;
      this.post({ type: 'error', requestId, message });
    } finally {
      this.current = null;
    }
  }
}

// Wire the host to the worker global only inside a worker, so tests can import this module in Node.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const host = new TraceHost((reply) => scope.postMessage(reply), createEventLoopYield());
  scope.onmessage = (event: MessageEvent<unknown>) => void host.handle(event.data);
}
