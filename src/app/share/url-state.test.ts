import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../sim/presets';
import { toBase64Url } from './base64url';
import { deflate } from './deflate';
import { findStateParam, readSharedState, writeSharedState, type SharedState } from './url-state';

async function linkOf(json: unknown): Promise<string> {
  return `v1.${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(json))))}`;
}

async function reasonOf(value: string): Promise<string> {
  const result = await readSharedState(value);
  if (result.ok) throw new Error('Expected the link to be rejected.');
  return result.reason;
}

const steady = presetScenario('steady');
const state: SharedState = {
  scenario: steady,
  presetName: 'steady',
  atMs: 12_345.5,
  inputs: [
    { atMs: 1_000, kind: 'send-event', source: 'sqs' },
    { atMs: 2_000, kind: 'reconfigure', scenario: { ...steady, durationMs: 60_000 } },
    { atMs: 2_500, kind: 'fail-event', eventId: 3 },
  ],
  notes: [{ atMs: 1_500, environmentId: 2, text: 'This one is warm.' }],
};

describe('url state', () => {
  it('round-trips a run', async () => {
    const fragment = await writeSharedState(state);
    const value = findStateParam(`#${fragment}`);
    expect(value).not.toBeNull();
    const result = await readSharedState(value!);
    expect(result).toEqual({ ok: true, state });
  });

  it('keeps a link short', async () => {
    const fragment = await writeSharedState(state);
    expect(fragment.length).toBeLessThan(1_200);
  });

  it('rejects another version', async () => {
    expect(await reasonOf('v9.AAAA')).toContain('"v9"');
  });

  it('rejects text that is not base64url', async () => {
    expect(await reasonOf('v1.<script>')).toContain('not base64url');
  });

  it('rejects data that is not compressed', async () => {
    expect(await reasonOf('v1.aGVsbG8gd29ybGQ')).toContain('damaged');
  });

  it('rejects data that expands too far', async () => {
    const bomb = `v1.${toBase64Url(await deflate(new Uint8Array(2_000_000).fill(32)))}`;
    expect(await reasonOf(bomb)).toContain('expands to more than');
  });

  it('rejects compressed text that is not JSON', async () => {
    const value = `v1.${toBase64Url(await deflate(new TextEncoder().encode('{scenario')))}`;
    expect(await reasonOf(value)).toContain('not valid JSON');
  });

  it('names an invalid scenario field', async () => {
    const reason = await reasonOf(await linkOf({ scenario: { ...steady, platform: { ...steady.platform, concurrencyLimit: 0 } } }));
    expect(reason).toContain('platform.concurrencyLimit');
  });

  it('names an invalid envelope field', async () => {
    const reason = await reasonOf(await linkOf({ scenario: steady, atMs: -5 }));
    expect(reason).toContain('atMs');
  });

  it('rejects unknown envelope fields', async () => {
    const reason = await reasonOf(await linkOf({ scenario: steady, __proto__x: 1 }));
    expect(reason).toContain('__proto__x');
  });

  it('names an invalid input scenario', async () => {
    const inputs = [{ atMs: 5, kind: 'reconfigure', scenario: { version: 2 } }];
    expect(await reasonOf(await linkOf({ scenario: steady, inputs }))).toContain('setting change number 1');
  });

  it('rejects inputs out of order', async () => {
    const inputs = [
      { atMs: 5, kind: 'send-event', source: 's3' },
      { atMs: 1, kind: 'send-event', source: 's3' },
    ];
    expect(await reasonOf(await linkOf({ scenario: steady, inputs }))).toContain('time order');
  });

  it('rejects an overlong link', async () => {
    expect(await reasonOf(`v1.${'A'.repeat(70_000)}`)).toContain('longer than');
  });
});
