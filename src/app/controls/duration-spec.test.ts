import { describe, expect, it } from 'vitest';
import { isDistribution, typicalMs, withTypicalMs } from './duration-spec';

describe('typicalMs', () => {
  it('reads each kind', () => {
    expect(typicalMs(250)).toBe(250);
    expect(typicalMs({ dist: 'constant', ms: 40 })).toBe(40);
    expect(typicalMs({ dist: 'exponential', meanMs: 90 })).toBe(90);
    expect(typicalMs({ dist: 'uniform', minMs: 100, maxMs: 300 })).toBe(200);
    expect(typicalMs({ dist: 'lognormal', medianMs: 275, p99Ms: 800 })).toBe(275);
  });
});

describe('withTypicalMs', () => {
  it('replaces constants', () => {
    expect(withTypicalMs(250, 500)).toBe(500);
    expect(withTypicalMs({ dist: 'constant', ms: 40 }, 80)).toEqual({ dist: 'constant', ms: 80 });
  });

  it('scales distributions and keeps their shape', () => {
    expect(withTypicalMs({ dist: 'uniform', minMs: 100, maxMs: 300 }, 400)).toEqual({
      dist: 'uniform',
      minMs: 200,
      maxMs: 600,
    });
    expect(withTypicalMs({ dist: 'lognormal', medianMs: 200, p99Ms: 600 }, 100)).toEqual({
      dist: 'lognormal',
      medianMs: 100,
      p99Ms: 300,
    });
    expect(withTypicalMs({ dist: 'exponential', meanMs: 90 }, 30)).toEqual({ dist: 'exponential', meanMs: 30 });
  });

  it('turns a zero distribution into a constant', () => {
    expect(withTypicalMs({ dist: 'uniform', minMs: 0, maxMs: 0 }, 50)).toBe(50);
  });
});

describe('isDistribution', () => {
  it('tells constants from distributions', () => {
    expect(isDistribution(5)).toBe(false);
    expect(isDistribution({ dist: 'constant', ms: 5 })).toBe(false);
    expect(isDistribution({ dist: 'exponential', meanMs: 5 })).toBe(true);
  });
});
