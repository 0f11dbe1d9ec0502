import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../sim/presets';
import { createAppStore, nextSeed } from './app-store';

function makeStore() {
  return createAppStore({ scenario: presetScenario('seed-story'), presetName: 'seed-story' });
}

describe('createAppStore', () => {
  it('starts paused at 1x', () => {
    const state = makeStore().getState();
    expect(state.playback).toEqual({ playing: false, speed: 1, nowMs: 0, ended: false });
    expect(state.selection).toBeNull();
    expect(state.run).toBe(0);
  });

  it('starts a fresh run on restart', () => {
    const store = makeStore();
    store.getState().select({ kind: 'environment', id: 1 });
    store.getState().syncClock(500, false);
    store.getState().restart();
    const state = store.getState();
    expect(state.run).toBe(1);
    expect(state.playback.nowMs).toBe(0);
    expect(state.selection).toBeNull();
  });

  it('moves to the next seed', () => {
    const store = makeStore();
    const seed = store.getState().scenario.seed;
    store.getState().newSeed();
    expect(store.getState().scenario.seed).toBe(nextSeed(seed));
    expect(store.getState().run).toBe(1);
  });

  it('edits without a new run', () => {
    const store = makeStore();
    const scenario = store.getState().scenario;
    store.getState().editScenario({ ...scenario, durationMs: 60_000 });
    expect(store.getState().run).toBe(0);
    expect(store.getState().edited).toBe(true);
  });

  it('pauses when the run ends', () => {
    const store = makeStore();
    store.getState().play();
    store.getState().syncClock(30_000, true);
    expect(store.getState().playback.playing).toBe(false);
    expect(store.getState().playback.ended).toBe(true);
  });

  it('plays an ended run from the start', () => {
    const store = makeStore();
    store.getState().syncClock(30_000, true);
    store.getState().play();
    const state = store.getState();
    expect(state.run).toBe(1);
    expect(state.playback).toMatchObject({ playing: true, ended: false, nowMs: 0 });
  });

  it('clamps and nudges the speed', () => {
    const store = makeStore();
    store.getState().setSpeed(5000);
    expect(store.getState().playback.speed).toBe(1000);
    store.getState().nudgeSpeed(-1);
    expect(store.getState().playback.speed).toBe(500);
  });

  it('dismisses notices by id', () => {
    const store = createAppStore({ scenario: presetScenario('steady'), presetName: 'steady', notices: ['a', 'b'] });
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first.id);
    expect(store.getState().notices.map((notice) => notice.text)).toEqual(['b']);
  });
});

describe('nextSeed', () => {
  it('counts up and wraps at 2^32', () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(0xffffffff)).toBe(0);
  });
});
