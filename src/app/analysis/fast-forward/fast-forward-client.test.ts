import { describe, expect, it } from 'vitest';
import type { FastForwardReply, FastForwardRequest } from '../../../sim/fast-forward-worker';
import { FastForwardHost } from '../../../sim/fast-forward-worker';
import { testScenario } from '../../../sim/test-scenario';
import { FastForwardClient, type WorkerLike } from './fast-forward-client';

/** A worker that runs the real host in this thread and delivers replies as message events. */
class InlineWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FastForwardReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly host = new FastForwardHost(
    // Replies arrive as a later task, as a real worker's messages do.
    (reply) => setImmediate(() => this.onmessage?.({ data: reply } as MessageEvent<FastForwardReply>)),
    () => new Promise((resolve) => setImmediate(resolve)),
  );

  postMessage(message: FastForwardRequest): void {
    void this.host.handle(message);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const scenario = testScenario({
  durationMs: 600_000,
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 5 }],
});

describe('FastForwardClient', () => {
  it('resolves with the run and its progress', async () => {
    const client = new FastForwardClient(() => new InlineWorker());
    const fractions: number[] = [];
    const result = await client.run(scenario, 600_000, { onProgress: (fraction) => fractions.push(fraction) });
    expect(result.cancelled).toBe(false);
    expect(result.reachedMs).toBe(600_000);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('resolves as cancelled after cancel', async () => {
    const client = new FastForwardClient(() => new InlineWorker());
    const running = client.run(scenario, 600_000, {
      onProgress: (fraction) => {
        if (fraction > 0.2) client.cancel();
      },
    });
    const result = await running;
    expect(result.cancelled).toBe(true);
    expect(result.reachedMs).toBeLessThan(600_000);
  });

  it('rejects a second run while one is going', async () => {
    const client = new FastForwardClient(() => new InlineWorker());
    const first = client.run(scenario, 600_000, { onProgress: () => undefined });
    await expect(client.run(scenario, 600_000, { onProgress: () => undefined })).rejects.toThrow(/already in progress/);
    await first;
  });

  it('rejects an invalid scenario with the worker message', async () => {
    const client = new FastForwardClient(() => new InlineWorker());
    const invalid = { ...scenario, durationMs: -1 };
    await expect(client.run(invalid, 1_000, { onProgress: () => undefined })).rejects.toThrow(/scenario is invalid/);
  });

  it('terminates the worker on dispose', async () => {
    const worker = new InlineWorker();
    const client = new FastForwardClient(() => worker);
    const running = client.run(scenario, 600_000, { onProgress: () => undefined });
    client.dispose();
    await expect(running).rejects.toThrow(/view closed/);
    expect(worker.terminated).toBe(true);
  });
});
