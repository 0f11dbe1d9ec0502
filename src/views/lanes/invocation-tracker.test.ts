import { describe, expect, it } from 'vitest';
import { InvocationTracker } from './invocation-tracker';
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
