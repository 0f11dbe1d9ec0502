import { describe, expect, it } from 'vitest';
import { PRESETS } from '../sim/presets';
import { readUrlOptions } from './url-options';

describe('readUrlOptions', () => {
  it('defaults to seed-story, paused, at 1x', () => {
    const options = readUrlOptions('');
    expect(options.presetName).toBe('seed-story');
    expect(options.scenario).toEqual(PRESETS['seed-story'].scenario);
    expect(options.autoplay).toBe(false);
    expect(options.speed).toBe(1);
    expect(options.notices).toEqual([]);
  });

  it('selects a preset', () => {
    const options = readUrlOptions('?preset=spike&autoplay=1&speed=20');
    expect(options.presetName).toBe('spike');
    expect(options.autoplay).toBe(true);
    expect(options.speed).toBe(20);
  });

  it('reports an unknown preset', () => {
    const options = readUrlOptions('?preset=tsunami');
    expect(options.presetName).toBe('seed-story');
    expect(options.notices).toHaveLength(1);
    expect(options.notices[0]).toContain('"tsunami"');
    expect(options.notices[0]).toContain('throttling');
  });

  it('loads a valid scenario', () => {
    const scenario = { ...PRESETS.steady.scenario, name: 'From the address', seed: 42 };
    const options = readUrlOptions(`?scenario=${encodeURIComponent(JSON.stringify(scenario))}`);
    expect(options.presetName).toBeNull();
    expect(options.scenario.name).toBe('From the address');
    expect(options.scenario.seed).toBe(42);
    expect(options.notices).toEqual([]);
  });

  it('reports an invalid scenario field', () => {
    const scenario = { ...PRESETS.steady.scenario, platform: { ...PRESETS.steady.scenario.platform, concurrencyLimit: 0 } };
    const options = readUrlOptions(`?scenario=${encodeURIComponent(JSON.stringify(scenario))}`);
    expect(options.presetName).toBe('seed-story');
    expect(options.notices).toHaveLength(1);
    expect(options.notices[0]).toContain('platform.concurrencyLimit');
    expect(options.notices[0]).toContain('0');
  });

  it('reports JSON that does not parse', () => {
    const options = readUrlOptions('?scenario=%7Bnot-json');
    expect(options.presetName).toBe('seed-story');
    expect(options.notices[0]).toContain('not valid JSON');
  });

  it('rejects a speed out of range', () => {
    for (const speed of ['0', '5000', 'fast', '']) {
      const options = readUrlOptions(`?speed=${speed}`);
      expect(options.speed, speed).toBe(1);
      expect(options.notices, speed).toHaveLength(1);
    }
  });
});
