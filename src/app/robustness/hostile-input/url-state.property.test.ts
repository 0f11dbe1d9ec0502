import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../sim/presets';
import { parseScenario } from '../../../sim/scenario/parse';
import { toBase64Url } from '../../share/base64url';
import { deflate } from '../../share/deflate';
import { readSharedState } from '../../share/url-state';
import { MESSAGE_MAX_CHARS } from './message-checks';

async function linkOf(json: unknown): Promise<string> {
  return `v1.${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(json) ?? 'null')))}`;
}

/** A payload as a link writes it, with one field replaced by an arbitrary value. */
const damagedPayload = fc
  .record({
    field: fc.constantFrom('scenario', 'preset', 'atMs', 'inputs', 'notes', 'extra'),
    value: fc.oneof(fc.anything({ maxDepth: 3 }), fc.string({ minLength: 3_000, maxLength: 5_000 })),
  })
  .map(({ field, value }) => ({
    field,
    payload: {
      scenario: presetScenario('steady'),
      preset: 'steady',
      atMs: 1_000,
      inputs: [{ atMs: 500, kind: 'send-event', source: 'sqs' }],
      notes: [{ atMs: 600, environmentId: 1, text: 'warm' }],
      [field]: value,
    },
  }));

/** Checks a result: a valid state, or one readable reason. */
function expectWellFormed(result: Awaited<ReturnType<typeof readSharedState>>): void {
  if (result.ok) {
    expect(parseScenario(result.state.scenario).ok).toBe(true);
    expect(Number.isFinite(result.state.atMs)).toBe(true);
    return;
  }
  expect(result.reason.trim()).not.toBe('');
  expect(result.reason.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
}

describe('readSharedState on hostile links', () => {
  it('never rejects on random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((text) => `v1.${text}`), fc.base64String().map((text) => `v1.${text}`)), async (value) => {
        expectWellFormed(await readSharedState(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never rejects on random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4 }), async (json) => {
        expectWellFormed(await readSharedState(await linkOf(json)));
      }),
      { numRuns: 300 },
    );
  });

  it('names the damaged field', async () => {
    await fc.assert(
      fc.asyncProperty(damagedPayload, async ({ field, payload }) => {
        const result = await readSharedState(await linkOf(payload));
        expectWellFormed(result);
        if (result.ok) return;
        // A scenario is reported through its own fields, such as "durationMs".
        if (field !== 'scenario') expect(result.reason).toContain(field);
        expect(result.reason).toMatch(/expected|invalid|not/i);
      }),
      { numRuns: 300 },
    );
  });

  it('explains an infinite moment', async () => {
    // JSON.stringify never writes 1e400, but a hand-edited link can, and JSON.parse reads it as Infinity.
    const text = JSON.stringify({ scenario: presetScenario('steady'), atMs: 0 }).replace('"atMs":0', '"atMs":1e400');
    const link = `v1.${toBase64Url(await deflate(new TextEncoder().encode(text)))}`;
    const result = await readSharedState(link);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('atMs');
    expect(result.reason).toContain('Infinity');
    expect(result.reason).toMatch(/Expected a finite number/);
  });
});
