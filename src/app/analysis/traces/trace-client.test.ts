import { describe, expect, it } from 'vitest';
import { TraceHost, type TraceReply, type TraceRequest } from '../../../sim/traces/trace-worker';
import { TraceClient, type TraceWorkerLike } from './trace-client';

/** A worker that runs the real trace host in this thread. */
class InlineWorker implements TraceWorkerLike {
  onmessage: ((event: MessageEvent<TraceReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly host = new TraceHost(
    // Replies arrive as a later task, as a real worker's messages do.
    (reply) => setImmediate(() => this.onmessage?.({ data: reply } as MessageEvent<TraceReply>)),
    () => new Promise((resolve) => setImmediate(resolve)),
  );

  postMessage(message: TraceRequest): void {
    void this.host.handle(message);
  }

  terminate(): void {}
}

describe('TraceClient', () => {
  it('parses timestamps', async () => {
    const client = new TraceClient(() => new InlineWorker());
    const outcome = await client.parse('atMs\n0\n250\n1000\n', {}, () => undefined);
    expect(outcome.status).toBe('parsed');
    if (outcome.status !== 'parsed' || !outcome.result.ok) throw new Error('expected a parsed trace');
    expect(outcome.result.arrivals).toBe(3);
  });

  it('returns the line and column of a bad field', async () => {
    const client = new TraceClient(() => new InlineWorker());
    const outcome = await client.parse('atMs\n0\nsoon\n', {}, () => undefined);
    if (outcome.status !== 'parsed' || outcome.result.ok) throw new Error('expected problems');
    expect(outcome.result.errors[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('resolves a replaced parse as cancelled', async () => {
    const client = new TraceClient(() => new InlineWorker());
    const first = client.parse('atMs\n0\n', {}, () => undefined);
    const second = client.parse('atMs\n5\n', {}, () => undefined);
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    await expect(second).resolves.toMatchObject({ status: 'parsed' });
  });
});
