import { describe, expect, it } from 'vitest';
import { changeKind, EventChangeTracker, type EventChange } from './event-changes';
import { sourceEvent, sourceView } from './source-fixtures';
import { snapshot } from './test-snapshots';

describe('changeKind', () => {
  const inFlight = sourceEvent(1, { state: 'in-flight' });

  it('shows a 504 answer', () => {
    const answered = sourceEvent(1, { state: 'failed', response: { statusCode: 504, atMs: 29_000 } });
    expect(changeKind(1000, answered)).toBe('reply');
  });

  it('skips a 200 answer', () => {
    const answered = sourceEvent(1, { state: 'succeeded', response: { statusCode: 200, atMs: 10 } });
    expect(changeKind(1000, answered)).toBeNull();
  });

  it('shows a retry', () => {
    expect(changeKind(1000, sourceEvent(1, { state: 'waiting' }))).toBe('requeue');
  });

  it('shows final states once', () => {
    expect(changeKind(1000, sourceEvent(1, { state: 'lost' }))).toBe('lost');
    expect(changeKind(undefined, sourceEvent(1, { state: 'dead-lettered' }))).toBe('dead-letter');
    expect(changeKind(6000, sourceEvent(1, { state: 'sent-to-destination' }))).toBeNull();
  });

  it('ignores a new event', () => {
    expect(changeKind(undefined, inFlight)).toBeNull();
    expect(changeKind(undefined, sourceEvent(2))).toBeNull();
  });
});

describe('EventChangeTracker', () => {
  function at(nowMs: number, version: number, state: 'in-flight' | 'waiting' | 'lost') {
    const view = sourceView({ source: 's3', mode: 'async', recentEvents: [sourceEvent(1, { source: 's3', state })] });
    return snapshot(nowMs, [], [], { version, sources: [view] });
  }

  it('reports changes after the first snapshot', () => {
    const tracker = new EventChangeTracker();
    const out: EventChange[] = [];
    tracker.observe(at(0, 1, 'in-flight'), out);
    expect(out).toHaveLength(0);
    tracker.observe(at(100, 2, 'waiting'), out);
    expect(out.map((change) => change.kind)).toEqual(['requeue']);
    expect(out[0].sourceIndex).toBe(0);
  });

  it('skips an unchanged version', () => {
    const tracker = new EventChangeTracker();
    const out: EventChange[] = [];
    tracker.observe(at(0, 1, 'in-flight'), out);
    tracker.observe(at(50, 1, 'lost'), out);
    expect(out).toHaveLength(0);
  });

  it('starts over when time goes back', () => {
    const tracker = new EventChangeTracker();
    const out: EventChange[] = [];
    tracker.observe(at(500, 1, 'in-flight'), out);
    tracker.observe(at(0, 2, 'lost'), out);
    expect(out).toHaveLength(0);
  });
});
