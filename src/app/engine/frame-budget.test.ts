import { describe, expect, it } from 'vitest';
import { BudgetedAdvancer } from './frame-budget';

/** A wall clock that moves only by the cost of the simulated work. */
function fakeWork(costPerSimMs: number) {
  let wallMs = 0;
  const reached: number[] = [];
  let at = 0;
  return {
    now: () => wallMs,
    advanceTo: (timeMs: number) => {
      wallMs += (timeMs - at) * costPerSimMs;
      at = timeMs;
      reached.push(timeMs);
    },
    reached,
    wall: () => wallMs,
  };
}

describe('BudgetedAdvancer', () => {
  it('reaches a cheap target in one call', () => {
    const work = fakeWork(0.0001);
    const advancer = new BudgetedAdvancer(work.now, 8);
    expect(advancer.advance(0, 10_000, work.advanceTo)).toBe(10_000);
  });

  it('stops near the budget on costly work', () => {
    // One simulated millisecond costs one wall millisecond, so 1,000 ms would take a second.
    const work = fakeWork(1);
    const advancer = new BudgetedAdvancer(work.now, 8);
    const reached = advancer.advance(0, 1_000, work.advanceTo);
    expect(reached).toBeLessThan(1_000);
    expect(work.wall()).toBeGreaterThanOrEqual(8);
    expect(work.wall()).toBeLessThan(8 + 4);
  });

  it('runs at least one slice per call', () => {
    const work = fakeWork(100);
    const advancer = new BudgetedAdvancer(work.now, 8);
    expect(advancer.advance(0, 1_000, work.advanceTo)).toBeGreaterThan(0);
  });

  it('shrinks slices after a costly one', () => {
    const work = fakeWork(100);
    const advancer = new BudgetedAdvancer(work.now, 8);
    advancer.advance(0, 1_000, work.advanceTo);
    const first = work.reached[0];
    advancer.advance(first, 1_000, work.advanceTo);
    expect(work.reached[1] - first).toBeLessThan(first);
  });

  it('never passes the target', () => {
    const work = fakeWork(0);
    const advancer = new BudgetedAdvancer(work.now, 8);
    expect(advancer.advance(5, 5.5, work.advanceTo)).toBe(5.5);
    expect(Math.max(...work.reached)).toBe(5.5);
  });
});
