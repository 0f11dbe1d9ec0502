import { describe, expect, it } from 'vitest';
import { FastForwardHost, readRequest, type FastForwardReply } from './fast-forward-worker';
import { runScenario } from './simulation';
import { testScenario } from './test-scenario';

const scenario = testScenario({
  durationMs: 600_000,
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 3 }],
});

/** Builds a host that collects its replies. `between` runs at each yield, as a message would arrive. */
function hostWithReplies(between: (host: FastForwardHost) => void = () => undefined) {
  const replies: FastForwardReply[] = [];
  const host: FastForwardHost = new FastForwardHost(
    (reply) => replies.push(reply),
    () => {
      between(host);
      return Promise.resolve();
    },
  );
  return { host, replies };
}

describe('readRequest', () => {
  it.each([
    ['a string', 'start', 'expected an object'],
    ['null', null, 'expected an object'],
    ['an unknown type', { type: 'stop', runId: 1 }, 'Invalid message type "stop"'],
    ['a missing type', { runId: 1 }, 'Invalid message type undefined'],
    ['a fractional runId', { type: 'cancel', runId: 1.5 }, 'Invalid runId'],
    ['a negative untilMs', { type: 'start', runId: 1, scenario: {}, untilMs: -1 }, 'Invalid untilMs'],
    ['a text untilMs', { type: 'start', runId: 1, scenario: {}, untilMs: '5' }, 'Invalid untilMs'],
  ])('rejects %s', (_name, data, expected) => {
    expect(readRequest(data)).toContain(expected);
  });

  it('accepts a start message', () => {
    expect(readRequest({ type: 'start', runId: 3, scenario, untilMs: 10 })).toEqual({
      type: 'start',
      runId: 3,
      scenario,
      untilMs: 10,
    });
  });
});

describe('FastForwardHost', () => {
  it('runs to the end and reports like runScenario', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'start', runId: 1, scenario });
    const done = replies.at(-1);

    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.result.report).toEqual(runScenario(scenario));
    expect(done.result.cancelled).toBe(false);
  });

  it('sends at most 100 increasing progress messages', async () => {
    const { host, replies } = hostWithReplies();
    const long = { ...scenario, durationMs: 3_600_000 * 6 };
    await host.handle({ type: 'start', runId: 1, scenario: long });
    const fractions = replies.flatMap((reply) => (reply.type === 'progress' ? [reply.fraction] : []));

    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.length).toBeLessThanOrEqual(100);
    for (let index = 1; index < fractions.length; index++) {
      expect(fractions[index]).toBeGreaterThan(fractions[index - 1]);
    }
  });

  it('stops on a cancel message', async () => {
    let yields = 0;
    const { host, replies } = hostWithReplies((self) => {
      if (++yields === 3) void self.handle({ type: 'cancel', runId: 7 });
    });
    await host.handle({ type: 'start', runId: 7, scenario });
    const done = replies.at(-1);

    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.result.cancelled).toBe(true);
    expect(done.result.reachedMs).toBeLessThan(scenario.durationMs);
  });

  it('rejects a second start while running', async () => {
    let started = false;
    const { host, replies } = hostWithReplies((self) => {
      if (started) return;
      started = true;
      void self.handle({ type: 'start', runId: 2, scenario });
    });
    await host.handle({ type: 'start', runId: 1, scenario });

    expect(replies.find((reply) => reply.type === 'error')).toMatchObject({ runId: 2, type: 'error' });
    expect(replies.at(-1)).toMatchObject({ type: 'done', runId: 1 });
  });

  it('answers a malformed message with an error', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'start', runId: 4, scenario: { version: 1 } });
    await host.handle(42);

    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ type: 'error', runId: 4 });
    expect(replies[0]).toMatchObject({ scenarioErrors: [{ path: 'durationMs' }] });
    expect(replies[1]).toMatchObject({ type: 'error', runId: null });
  });

  it('ignores a cancel for no run', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'cancel', runId: 9 });

    expect(replies).toEqual([]);
  });
});
