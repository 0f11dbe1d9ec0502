import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_NAMES, isPresetName, presetScenario } from './presets';
import { parseScenario } from './scenario/parse';

describe('presets', () => {
  it.each(PRESET_NAMES)('%s passes the schema unchanged', (name) => {
    const { scenario } = PRESETS[name];

    expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
  });

  it.each(PRESET_NAMES)('%s has a one-line caption', (name) => {
    const { caption } = PRESETS[name];

    expect(caption.length).toBeGreaterThan(20);
    expect(caption).not.toContain('\n');
    expect(PRESETS[name].name).toBe(name);
  });

  it.each(PRESET_NAMES)('%s runs from 10 s to 3 min', (name) => {
    const { durationMs } = PRESETS[name].scenario;

    expect(durationMs).toBeGreaterThanOrEqual(10_000);
    expect(durationMs).toBeLessThanOrEqual(180_000);
  });

  it('presetScenario returns a fresh copy', () => {
    const copy = presetScenario('steady');
    copy.platform.concurrencyLimit = 1;

    expect(copy).not.toBe(PRESETS.steady.scenario);
    expect(PRESETS.steady.scenario.platform.concurrencyLimit).toBe(1_000);
    expect(presetScenario('steady').platform.concurrencyLimit).toBe(1_000);
  });

  it('isPresetName checks names', () => {
    expect(isPresetName('spike')).toBe(true);
    expect(isPresetName('Spike')).toBe(false);
    expect(isPresetName('constructor')).toBe(false);
  });
});

describe('seed-story preset', () => {
  const { scenario } = PRESETS['seed-story'];

  it('uses constant durations only', () => {
    const durations = [
      scenario.function.initDurationMs,
      scenario.function.runDurationMs,
      scenario.platform.provisionDurationMs,
      scenario.platform.idleLifetimeMs,
      scenario.platform.shutdownDurationMs,
      scenario.platform.resetDurationMs,
    ];

    for (const duration of durations) expect(typeof duration).toBe('number');
    expect(scenario.function.errorRate).toBe(0);
    expect(scenario.platform.reuse).toBe('newest');
  });

  it('timeline gives cold, cold, warm', () => {
    const provisionMs = scenario.platform.provisionDurationMs as number;
    const initMs = scenario.function.initDurationMs as number;
    const runMs = scenario.function.runDurationMs as number;
    const [stream] = scenario.traffic;
    if (stream.pattern !== 'times') throw new Error('seed-story must list its arrival times');
    const [first, second, third] = stream.atMs;

    const firstEndMs = first + provisionMs + initMs + runMs;
    const secondEndMs = second + provisionMs + initMs + runMs;

    // Event 2 arrives while environment 1 is busy, so it needs a second environment.
    expect(second).toBeLessThan(firstEndMs);
    // Event 3 arrives after environment 1 is free but before environment 2 is.
    expect(third).toBeGreaterThan(firstEndMs);
    expect(third).toBeLessThan(secondEndMs);
    // A warm start skips provisioning and init, so event 3 takes less time than the cold starts.
    expect(runMs).toBeLessThan(firstEndMs - first);
    // Both environments are reclaimed and shut down before the run ends.
    const lastIdleFromMs = Math.max(third + runMs, secondEndMs);
    const reclaimedMs = lastIdleFromMs + (scenario.platform.idleLifetimeMs as number);
    expect(reclaimedMs + (scenario.platform.shutdownDurationMs as number)).toBeLessThan(scenario.durationMs);
  });
});

describe('throttling preset', () => {
  it('bursts 30 at a limit of 10', () => {
    const { scenario } = PRESETS.throttling;

    expect(scenario.platform.concurrencyLimit).toBe(10);
    expect(scenario.traffic).toEqual([expect.objectContaining({ pattern: 'burst', count: 30 })]);
  });
});
