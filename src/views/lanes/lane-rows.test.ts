import { describe, expect, it } from 'vitest';
import { FADE_MS, FADED_ALPHA, laneAlpha, rowOfEnvironment } from './lane-rows';
import { environment, spans } from './test-snapshots';

describe('laneAlpha', () => {
  it('keeps live lanes opaque', () => {
    expect(laneAlpha(environment(1, spans(['idle', 0, NaN])), 10_000)).toBe(1);
  });

  it('fades a terminated lane over time', () => {
    const ended = environment(1, spans(['shutting-down', 0, 1_000]), { phase: 'terminated', phaseSinceMs: 1_000 });
    expect(laneAlpha(ended, 1_000)).toBe(1);
    expect(laneAlpha(ended, 1_000 + FADE_MS / 2)).toBeCloseTo((1 + FADED_ALPHA) / 2);
    expect(laneAlpha(ended, 1_000 + FADE_MS * 10)).toBeCloseTo(FADED_ALPHA);
  });
});

describe('rowOfEnvironment', () => {
  const envs = [2, 3, 7, 9, 10].map((id) => environment(id, []));

  it('finds rows by id when earlier ids are gone', () => {
    expect(rowOfEnvironment(envs, 2)).toBe(0);
    expect(rowOfEnvironment(envs, 7)).toBe(2);
    expect(rowOfEnvironment(envs, 10)).toBe(4);
  });

  it('returns -1 for an id not listed', () => {
    expect(rowOfEnvironment(envs, 1)).toBe(-1);
    expect(rowOfEnvironment(envs, 8)).toBe(-1);
    expect(rowOfEnvironment([], 1)).toBe(-1);
  });
});
