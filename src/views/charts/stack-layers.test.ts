import { describe, expect, it } from 'vitest';
import { stackLayers } from './stack-layers';

describe('stackLayers', () => {
  it('stacks bottom first', () => {
    const [first, second] = stackLayers([
      { key: 'a', label: 'A', colour: 'red', values: [1, 2] },
      { key: 'b', label: 'B', colour: 'blue', values: [3, 0] },
    ]);
    expect(first.lower).toEqual([0, 0]);
    expect(first.upper).toEqual([1, 2]);
    expect(second.lower).toEqual([1, 2]);
    expect(second.upper).toEqual([4, 2]);
    expect(second.values).toEqual([3, 0]);
  });

  it('returns nothing for no input', () => {
    expect(stackLayers([])).toEqual([]);
  });
});
