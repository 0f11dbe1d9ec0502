import { describe, expect, it } from 'vitest';
import { loadTourProgress, saveTourProgress, TOUR_PROGRESS_KEY } from './tour-progress';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('tour progress', () => {
  it('round-trips', () => {
    const storage = memoryStorage();
    saveTourProgress({ active: true, step: 3 }, storage);
    expect(loadTourProgress(9, storage)).toEqual({ active: true, step: 3 });
  });

  it('rejects a step past the end', () => {
    const storage = memoryStorage({ [TOUR_PROGRESS_KEY]: JSON.stringify({ version: 1, active: true, step: 9 }) });
    expect(loadTourProgress(9, storage)).toBeNull();
  });

  it('rejects damaged values', () => {
    for (const text of ['{', '"3"', '{"version":2,"active":true,"step":1}', '{"version":1,"active":"yes","step":1}', '{"version":1,"active":true,"step":1.5}']) {
      expect(loadTourProgress(9, memoryStorage({ [TOUR_PROGRESS_KEY]: text }))).toBeNull();
    }
  });

  it('survives blocked storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(loadTourProgress(9, blocked)).toBeNull();
    expect(() => saveTourProgress({ active: false, step: 0 }, blocked)).not.toThrow();
  });
});
