import { describe, expect, it } from 'vitest';
import { InvocationTracker, MAX_STAGGER_MS, STAGGER_MS } from './invocation-tracker';
import { invocation, snapshot } from './test-snapshots';

describe('InvocationTracker', () => {
  it('treats the first snapshot as already landed', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(1_000, [], [invocation(1, 'cold', 'in-flight')]), 500);
    expect(tracker.startedAt(1)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('starts new arrivals at the wall-clock time they appear', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(1_000, [], [invocation(1, 'cold', 'in-flight')]), 500);
    tracker.observe(snapshot(1_100, [], [invocation(1, 'cold', 'in-flight'), invocation(2, 'warm', 'in-flight')]), 516);
    tracker.observe(snapshot(1_200, [], [invocation(1, 'cold', 'completed'), invocation(2, 'warm', 'in-flight')]), 532);
    expect(tracker.startedAt(2)).toBe(516);
  });

  it('staggers a burst of arrivals', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(0, [], []), 0);
    const burst = [1, 2, 3].map((id) => invocation(id, 'throttled', 'throttled'));
    tracker.observe(snapshot(1_000, [], burst), 100);
    expect(tracker.startedAt(1)).toBe(100);
    expect(tracker.startedAt(2)).toBe(100 + STAGGER_MS);
    expect(tracker.startedAt(3)).toBe(100 + 2 * STAGGER_MS);
  });

  it('spreads a large burst over at most a second', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(0, [], []), 0);
    const burst = Array.from({ length: 1_001 }, (_, i) => invocation(i + 1, 'cold', 'in-flight'));
    tracker.observe(snapshot(1_000, [], burst), 100);
    expect(tracker.startedAt(1_001)).toBeCloseTo(100 + MAX_STAGGER_MS);
    expect(tracker.startedAt(501)).toBeCloseTo(100 + MAX_STAGGER_MS / 2);
  });

  it('remembers timeouts after they leave the snapshot', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(0, [], []), 0);
    tracker.observe(snapshot(5_000, [], [invocation(4, 'warm', 'timeout')]), 16);
    tracker.observe(snapshot(6_000, [], []), 32);
    expect(tracker.timedOut.has(4)).toBe(true);
  });

  it('forgets everything when time goes back', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(0, [], []), 0);
    tracker.observe(snapshot(5_000, [], [invocation(4, 'warm', 'timeout')]), 16);
    tracker.observe(snapshot(0, [], [invocation(4, 'cold', 'in-flight')]), 32);
    expect(tracker.timedOut.has(4)).toBe(false);
    expect(tracker.startedAt(4)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('drops invocations that left the snapshot', () => {
    const tracker = new InvocationTracker();
    tracker.observe(snapshot(0, [], []), 0);
    const many = Array.from({ length: 300 }, (_, i) => invocation(i + 1, 'warm', 'completed'));
    tracker.observe(snapshot(1, [], many), 16);
    tracker.observe(snapshot(2, [], [invocation(301, 'warm', 'in-flight')]), 32);
    expect(tracker.startedAt(5)).toBe(Number.NEGATIVE_INFINITY);
    expect(tracker.startedAt(301)).toBe(32);
  });
});
