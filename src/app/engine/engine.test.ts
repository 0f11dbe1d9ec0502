import { describe, expect, it } from 'vitest';
import { presetScenario, type PresetName } from '../../sim/presets';
import { Simulation } from '../../sim/simulation';
import { createAppStore } from '../store/app-store';
import { DISPLAY_INTERVAL_MS, Engine, MAX_FRAME_GAP_MS, type EngineClock } from './engine';

/** A clock whose frames run only when the test calls `frame`. */
class ManualClock implements EngineClock {
  wallMs = 0;
  private pending = new Map<number, (timeMs: number) => void>();
  private nextHandle = 1;

  requestFrame(callback: (timeMs: number) => void): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, callback);
    return handle;
  }

  cancelFrame(handle: number): void {
    this.pending.delete(handle);
  }

  /** Wall time each read of the clock adds, to stand for simulation work that takes time. */
  costPerRead = 0;

  now(): number {
    this.wallMs += this.costPerRead;
    return this.wallMs;
  }

  /** Advances wall time and runs the frames that were requested before. */
  frame(gapMs: number): void {
    this.wallMs += gapMs;
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    for (const callback of callbacks) callback(this.wallMs);
  }

  get waiting(): number {
    return this.pending.size;
  }
}

function setUp(speed = 1, presetName: PresetName = 'seed-story') {
  const store = createAppStore({ scenario: presetScenario(presetName), presetName, speed });
  const clock = new ManualClock();
  const engine = new Engine(store, clock);
  engine.start();
  return { store, clock, engine };
}

describe('Engine', () => {
  it('advances by wall time times speed', () => {
    const { store, clock, engine } = setUp(2);
    store.getState().play();
    clock.frame(16); // the first frame only records the time
    clock.frame(50);
    expect(engine.getSnapshot().nowMs).toBe(100);
    engine.stop();
  });

  it('caps a long gap between frames', () => {
    const { store, clock, engine } = setUp(1);
    store.getState().play();
    clock.frame(16);
    clock.frame(5_000);
    expect(engine.getSnapshot().nowMs).toBe(MAX_FRAME_GAP_MS);
    engine.stop();
  });

  it('stops the loop on pause', () => {
    const { store, clock, engine } = setUp();
    store.getState().play();
    expect(clock.waiting).toBe(1);
    store.getState().pause();
    expect(clock.waiting).toBe(0);
    engine.stop();
  });

  it('pauses at the end of the scenario', () => {
    const { store, clock, engine } = setUp(1000);
    store.getState().play();
    clock.frame(16);
    for (let i = 0; i < 5; i++) clock.frame(100);
    expect(engine.getSnapshot().nowMs).toBe(30_000);
    expect(store.getState().playback).toMatchObject({ playing: false, ended: true, nowMs: 30_000 });
    expect(clock.waiting).toBe(0);
    engine.stop();
  });

  it('throttles display updates', () => {
    const { store, clock, engine } = setUp();
    const frames: number[] = [];
    let displays = 0;
    engine.subscribe((snapshot) => frames.push(snapshot.nowMs));
    engine.subscribeDisplay(() => displays++);
    store.getState().play();
    clock.frame(16);
    for (let i = 0; i < 30; i++) clock.frame(16);
    // 31 frames over 496 ms of wall time: every frame reaches the views, and the numbers update
    // once at the first frame and then once per DISPLAY_INTERVAL_MS.
    expect(frames.length).toBe(31);
    expect(displays).toBeLessThanOrEqual(Math.ceil(496 / DISPLAY_INTERVAL_MS) + 1);
    engine.stop();
  });

  it('steps and sends events while paused', () => {
    const { store, engine } = setUp();
    let published = 0;
    engine.subscribe(() => published++);
    expect(engine.step()).toBe(true);
    const id = engine.sendEvent('s3');
    expect(engine.invocation(id)?.source).toBe('s3');
    expect(published).toBe(2);
    expect(store.getState().playback.playing).toBe(false);
    engine.stop();
  });

  it('reconfigures without restarting', () => {
    const { store, engine } = setUp();
    for (let i = 0; i < 3; i++) engine.step();
    const before = engine.getSnapshot().nowMs;
    const scenario = store.getState().scenario;
    store.getState().editScenario({ ...scenario, function: { ...scenario.function, memoryMb: 1024 } });
    expect(engine.getSnapshot().nowMs).toBe(before);
    engine.stop();
  });

  it('starts over on restart', () => {
    const { store, engine } = setUp();
    for (let i = 0; i < 5; i++) engine.step();
    expect(engine.getSnapshot().nowMs).toBeGreaterThan(0);
    store.getState().restart();
    expect(engine.getSnapshot().nowMs).toBe(0);
    expect(engine.getSnapshot().metrics.arrivals).toBe(0);
    engine.stop();
  });

  // Each read of the clock costs 7 ms below, between an eighth and a quarter of both seek budgets.
  // Every slice of a seek then stays 1 simulated ms, so a seek of a few hundred ms needs many frames.
  const SLOW_READ_MS = 7;

  it('spreads a slow seek over frames', () => {
    const { clock, engine } = setUp(1, 'steady');
    clock.costPerRead = SLOW_READ_MS;

    engine.seek(300);
    expect(engine.getSeekProgress()?.targetMs).toBe(300);
    expect(engine.getSnapshot().nowMs).toBeLessThan(300);

    let frames = 0;
    while (engine.getSeekProgress() !== null && frames < 1_000) {
      clock.frame(16);
      frames++;
    }
    expect(frames).toBeGreaterThan(10);
    expect(engine.getSnapshot().nowMs).toBe(300);
    expect(clock.waiting).toBe(0);
    engine.stop();
  });

  it('ends a slow rewind where a replay does', () => {
    const { clock, engine } = setUp(1, 'steady');
    clock.costPerRead = SLOW_READ_MS;
    engine.seek(600);
    while (engine.getSeekProgress() !== null) clock.frame(16);

    engine.seek(400);
    expect(engine.getSeekProgress()).not.toBeNull();
    while (engine.getSeekProgress() !== null) clock.frame(16);

    const replay = new Simulation(presetScenario('steady'));
    replay.advanceTo(400);
    expect(replay.snapshot().metrics.arrivals).toBeGreaterThan(0);
    expect(engine.getSnapshot().metrics).toEqual(replay.snapshot().metrics);
    engine.stop();
  });

  it('lets a new seek replace a slow one', () => {
    const { clock, engine } = setUp(1, 'steady');
    clock.costPerRead = SLOW_READ_MS;

    engine.seek(500);
    clock.frame(16);
    engine.seek(100);
    expect(engine.getSeekProgress()?.targetMs).toBe(100);
    while (engine.getSeekProgress() !== null) clock.frame(16);

    expect(engine.getSnapshot().nowMs).toBe(100);
    engine.stop();
  });

  it('plays on once a slow seek ends', () => {
    const { store, clock, engine } = setUp(1, 'steady');
    clock.costPerRead = SLOW_READ_MS;
    engine.seek(300);
    store.getState().play();

    while (engine.getSeekProgress() !== null) clock.frame(16);
    expect(engine.getSnapshot().nowMs).toBe(300);

    // The first frame after the seek only records the time, so playback goes on without a jump.
    clock.costPerRead = 0;
    clock.frame(16);
    clock.frame(50);
    expect(engine.getSnapshot().nowMs).toBe(350);
    engine.stop();
  });
});
