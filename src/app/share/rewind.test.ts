import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../sim/presets';
import type { LiveMetrics, Scenario } from '../../sim/types';
import { Engine, type EngineClock } from '../engine/engine';
import { createAppStore } from '../store/app-store';

/** A clock that never fires frames: these tests move time with `seek` only. */
const stillClock: EngineClock = { requestFrame: () => 1, cancelFrame: () => undefined, now: () => 0 };

function withRate(scenario: Scenario, ratePerSec: number): Scenario {
  const [first, ...rest] = scenario.traffic;
  if (first.pattern !== 'poisson') throw new Error('The steady preset should start with a Poisson stream.');
  return { ...scenario, traffic: [{ ...first, ratePerSec }, ...rest] };
}

/** Counts that must match exactly; sums of floating-point durations are compared separately. */
function counts(metrics: LiveMetrics) {
  const { arrivals, coldStarts, warmStarts, throttles, timeouts, errors, completed, inFlight, concurrency, environmentsCreated } =
    metrics;
  return { arrivals, coldStarts, warmStarts, throttles, timeouts, errors, completed, inFlight, concurrency, environmentsCreated };
}

/**
 * Plays steady traffic in uneven chunks while applying a rate change, two hand-sent events and a
 * failed event, and returns the metrics seen at each checkpoint.
 */
function playOriginal() {
  const store = createAppStore({ scenario: presetScenario('steady'), presetName: 'steady' });
  const engine = new Engine(store, stillClock);
  engine.start();
  const seen = new Map<number, LiveMetrics>();

  engine.seek(4_321);
  engine.sendEvent('api-gateway');
  engine.seek(9_000);
  store.getState().editScenario(withRate(store.getState().scenario, 12));
  engine.seek(15_500);
  const eventId = engine.sendEvent('sqs');
  engine.seek(15_900);
  engine.failEvent(eventId);
  for (const atMs of [20_000, 30_000, 45_000]) {
    engine.seek(atMs);
    seen.set(atMs, engine.getSnapshot().metrics);
  }
  return { store, engine, seen };
}

describe('rewind', () => {
  it('seeking back matches the original run', () => {
    const { engine, seen } = playOriginal();

    for (const atMs of [20_000, 45_000, 30_000, 20_000, 45_000]) {
      engine.seek(atMs);
      const metrics = engine.getSnapshot().metrics;
      const original = seen.get(atMs);
      expect(original).toBeDefined();
      expect(counts(metrics)).toEqual(counts(original!));
      expect(metrics.billedGbSeconds).toBeCloseTo(original!.billedGbSeconds, 9);
      expect(metrics.latencyMs.p99).toBeCloseTo(original!.latencyMs.p99, 9);
    }
    engine.stop();
  });

  it('seeking back restores the earlier scenario', () => {
    const { store, engine } = playOriginal();
    engine.seek(5_000);
    expect(store.getState().scenario.traffic[0]).toMatchObject({ ratePerSec: 3 });
    engine.seek(10_000);
    expect(store.getState().scenario.traffic[0]).toMatchObject({ ratePerSec: 12 });
    engine.stop();
  });

  it('changing a setting in the past forks the run', () => {
    const { store, engine, seen } = playOriginal();
    engine.seek(5_000);
    store.getState().editScenario(withRate(store.getState().scenario, 1));
    expect(engine.getTimeline().hasFuture).toBe(false);

    engine.seek(45_000);
    expect(store.getState().scenario.traffic[0]).toMatchObject({ ratePerSec: 1 });
    expect(engine.getSnapshot().metrics.arrivals).toBeLessThan(seen.get(45_000)!.arrivals);
    engine.stop();
  });

  it('restart starts an empty timeline', () => {
    const { store, engine } = playOriginal();
    store.getState().restart();
    expect(engine.getTimeline().inputs).toEqual([]);
    expect(engine.getSnapshot().nowMs).toBe(0);
    engine.stop();
  });
});
