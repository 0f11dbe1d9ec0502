import { describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../sim/presets';
import { createAppStore } from '../store/app-store';
import { handleCommandMessage, type CommandContext } from './command-handler';
import { PROTOCOL } from './protocol';

const parent = { postMessage: () => undefined } as unknown as MessageEventSource;
const origin = 'https://course.example';

function setUp() {
  const store = createAppStore({ scenario: presetScenario('seed-story'), presetName: 'seed-story' });
  const context: CommandContext = {
    store,
    allowedOrigins: new Set([origin]),
    parent,
    reply: vi.fn(),
    warn: vi.fn(),
  };
  return { store, context };
}

function message(data: unknown, from = origin, source: MessageEventSource | null = parent): MessageEvent {
  return { data, origin: from, source } as MessageEvent;
}

describe('handleCommandMessage', () => {
  it('plays, sets speed and pauses', () => {
    const { store, context } = setUp();
    expect(handleCommandMessage(message({ protocol: PROTOCOL, type: 'play' }), context)).toBe('executed');
    expect(store.getState().playback.playing).toBe(true);
    handleCommandMessage(message({ protocol: PROTOCOL, type: 'set-speed', speed: 50 }), context);
    expect(store.getState().playback.speed).toBe(50);
    handleCommandMessage(message({ protocol: PROTOCOL, type: 'pause' }), context);
    expect(store.getState().playback.playing).toBe(false);
  });

  it('loads a preset and a scenario', () => {
    const { store, context } = setUp();
    handleCommandMessage(message({ protocol: PROTOCOL, type: 'load-preset', preset: 'spike' }), context);
    expect(store.getState().presetName).toBe('spike');
    const scenario = { version: 1, name: 'Mine', durationMs: 10_000, traffic: [{ source: 's3', pattern: 'times', atMs: [0] }] };
    expect(handleCommandMessage(message({ protocol: PROTOCOL, type: 'load-scenario', scenario }), context)).toBe('executed');
    expect(store.getState().scenario.name).toBe('Mine');
    expect(store.getState().presetName).toBeNull();
  });

  it('ignores an origin not allowed', () => {
    const { store, context } = setUp();
    expect(handleCommandMessage(message({ protocol: PROTOCOL, type: 'play' }, 'https://evil.example'), context)).toBe('ignored');
    expect(store.getState().playback.playing).toBe(false);
    expect(context.warn).toHaveBeenCalledWith(expect.stringContaining('https://evil.example'));
  });

  it('ignores a message from another window', () => {
    const { store, context } = setUp();
    const other = {} as MessageEventSource;
    expect(handleCommandMessage(message({ protocol: PROTOCOL, type: 'play' }, origin, other), context)).toBe('ignored');
    expect(store.getState().playback.playing).toBe(false);
  });

  it('ignores malformed commands', () => {
    const { store, context } = setUp();
    const bad = [
      'play',
      null,
      { type: 'play' },
      { protocol: PROTOCOL, type: 'reboot' },
      { protocol: PROTOCOL, type: 'set-speed', speed: 1e9 },
      { protocol: PROTOCOL, type: 'set-speed', speed: '5' },
      { protocol: PROTOCOL, type: 'play', extra: true },
      { protocol: PROTOCOL, type: 'load-preset', preset: '__proto__' },
    ];
    for (const data of bad) expect(handleCommandMessage(message(data), context)).toBe('ignored');
    expect(store.getState().playback).toMatchObject({ playing: false, speed: 1 });
    expect(context.warn).toHaveBeenCalledTimes(bad.length);
  });

  it('rejects an invalid scenario with a reply', () => {
    const { store, context } = setUp();
    const data = { protocol: PROTOCOL, type: 'load-scenario', scenario: { version: 1, durationMs: -1 } };
    expect(handleCommandMessage(message(data), context)).toBe('rejected');
    expect(store.getState().presetName).toBe('seed-story');
    const [reply, replyOrigin] = vi.mocked(context.reply).mock.calls[0];
    expect(reply).toMatchObject({ type: 'rejected', command: 'load-scenario' });
    expect((reply as { reason: string }).reason).toContain('durationMs');
    expect(replyOrigin).toBe(origin);
  });

  it('ignores everything without an allow list', () => {
    const { store, context } = setUp();
    context.allowedOrigins = new Set();
    expect(handleCommandMessage(message({ protocol: PROTOCOL, type: 'play' }), context)).toBe('ignored');
    expect(store.getState().playback.playing).toBe(false);
  });
});
