import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../sim/scenario/parse';
import type { Scenario } from '../../sim/types';
import { createAppStore } from '../store/app-store';
import { Engine, MAX_FRAME_GAP_MS, type EngineClock } from './engine';
import { FRAME_BUDGET_MS } from './frame-budget';

/** The most demanding settings the controls allow. */
function extremeScenario(): Scenario {
  const result = parseScenario({
    version: 1,
    durationMs: 15 * 60_000,
    function: { memoryMb: 10_240, runDurationMs: 15 * 60_000, timeoutMs: 900_000 },
    platform: { concurrencyLimit: 10_000, idleLifetimeMs: 0 },
    traffic: [{ source: 'api-gateway', pattern: 'constant', ratePerSec: 10_000 }],
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result.scenario;
}

/**
 * Frames run only when the test calls `frame`, at the frame time the test gives. `now` reads a
 * separate wall clock, which is real time by default so the budget measures real work.
 */
class FrameClock implements EngineClock {
  frameTimeMs = 0;
  private pending: ((timeMs: number) => void) | null = null;
  private handle = 0;

  constructor(readonly now: () => number = () => performance.now()) {}

  requestFrame(callback: (timeMs: number) => void): number {
    this.pending = callback;
    return ++this.handle;
  }

  cancelFrame(): void {
    this.pending = null;
  }

  /** Runs the requested frame `gapMs` after the previous one and returns the wall time it took. */
  frame(gapMs: number): number {
    this.frameTimeMs += gapMs;
    const callback = this.pending;
    this.pending = null;
    const started = performance.now();
    callback?.(this.frameTimeMs);
    return performance.now() - started;
  }
}

function setUp(scenario: Scenario, speed: number, clock: FrameClock) {
  const store = createAppStore({ scenario, presetName: null, speed });
  const engine = new Engine(store, clock);
  engine.start();
  store.getState().play();
  clock.frame(16); // the first frame only records the time
  return { store, engine };
}

describe('Engine frame budget', () => {
  it('keeps frames short at extreme settings', () => {
    const clock = new FrameClock();
    const { engine } = setUp(extremeScenario(), 1000, clock);

    const frameTimes: number[] = [];
    for (let i = 0; i < 45; i++) frameTimes.push(clock.frame(16));

    // Unsliced, one frame would simulate 16 s at 10,000 arrivals per second. The bound leaves room for
    // one slice past the budget, the snapshot, and a shared machine.
    frameTimes.sort((a, b) => a - b);
    const median = frameTimes[Math.floor(frameTimes.length / 2)];
    expect(median).toBeLessThan(FRAME_BUDGET_MS * 6);
    expect(engine.getSnapshot().nowMs).toBeGreaterThan(0);
    expect(engine.getSnapshot().nowMs).toBeLessThan(45 * 16 * 1000);
    engine.stop();
  });

  it('reports the speed reached when behind', () => {
    // Every reading of the wall clock costs 3 ms, so the budget runs out after a few slices and the
    // display interval passes however fast the machine is: real time made this test flaky.
    let wallMs = 0;
    const clock = new FrameClock(() => (wallMs += 3));
    const { engine } = setUp(extremeScenario(), 1000, clock);
    for (let i = 0; i < 45; i++) clock.frame(16);

    // 45 frames pass the display interval, so the last display snapshot carries a pace.
    const pace = engine.getPace();
    expect(pace.behind).toBe(true);
    expect(pace.requested).toBe(1000);
    expect(pace.actual).toBeLessThan(900);
    expect(pace.actual).toBeGreaterThan(0);
    engine.stop();
  });

  it('owes no more than one capped frame', () => {
    // Every reading of the wall clock costs 5 ms, so each frame runs one or two slices only.
    let wallMs = 0;
    const clock = new FrameClock(() => (wallMs += 5));
    const { engine } = setUp(extremeScenario(), 1000, clock);

    // A tab hidden for ten minutes returns with one long gap between frames.
    clock.frame(600_000);
    const afterReturn = engine.getSnapshot().nowMs;
    expect(afterReturn).toBeLessThanOrEqual(MAX_FRAME_GAP_MS * 1000);

    // Later frames work off what is owed but never the ten minutes.
    for (let i = 0; i < 200; i++) clock.frame(16);
    expect(engine.getSnapshot().nowMs).toBeLessThan(MAX_FRAME_GAP_MS * 1000 + 200 * 16 * 1000);
    engine.stop();
  });

  it('keeps pace on a light scenario', () => {
    const scenario = extremeScenario();
    const light: Scenario = { ...scenario, traffic: [] };
    const clock = new FrameClock();
    const { engine } = setUp(light, 10, clock);
    for (let i = 0; i < 45; i++) clock.frame(16);
    expect(engine.getSnapshot().nowMs).toBe(45 * 16 * 10);
    expect(engine.getPace().behind).toBe(false);
    engine.stop();
  });
});
