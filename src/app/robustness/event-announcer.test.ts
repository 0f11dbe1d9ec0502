import { describe, expect, it } from 'vitest';
import { ANNOUNCE_INTERVAL_MS, EventAnnouncer, type AnnouncedCounts } from './event-announcer';

const NONE: AnnouncedCounts = { coldStarts: 0, throttles: 0, timeouts: 0 };

function counts(coldStarts: number, throttles = 0, timeouts = 0): AnnouncedCounts {
  return { coldStarts, throttles, timeouts };
}

describe('EventAnnouncer', () => {
  it('stays quiet while nothing happens', () => {
    const announcer = new EventAnnouncer();
    expect(announcer.update(NONE, 0)).toEqual({ kind: 'quiet' });
    expect(announcer.update(NONE, 10_000)).toEqual({ kind: 'quiet' });
  });

  it('names the first cold start', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    expect(announcer.update(counts(1), 100)).toEqual({
      kind: 'message',
      text: 'First cold start: Lambda is starting a new execution environment.',
    });
  });

  it('adds what came with the first cold start', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    const result = announcer.update(counts(3, 2), 100);
    expect(result).toEqual({
      kind: 'message',
      text: 'First cold start: Lambda is starting a new execution environment. Also: 2 cold starts, 2 events throttled.',
    });
  });

  it('waits out the interval', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    announcer.update(counts(1), 1_000);
    expect(announcer.update(counts(2), 2_000)).toEqual({ kind: 'wait', waitMs: ANNOUNCE_INTERVAL_MS - 1_000 });
  });

  it('sums up events since the last message', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    announcer.update(counts(1), 0);
    announcer.update(counts(5, 10), 1_000);
    announcer.update(counts(9, 1_200, 1), 2_000);
    expect(announcer.update(counts(9, 1_200, 1), ANNOUNCE_INTERVAL_MS)).toEqual({
      kind: 'message',
      text: '8 cold starts, 1,200 events throttled, 1 invocation timed out.',
    });
  });

  it('never speaks twice within the interval', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    const messageTimes: number[] = [];
    for (let wallMs = 0; wallMs <= 20_000; wallMs += 250) {
      const result = announcer.update(counts(wallMs, wallMs * 3), wallMs);
      if (result.kind === 'message') messageTimes.push(wallMs);
    }
    for (let i = 1; i < messageTimes.length; i++) {
      expect(messageTimes[i] - messageTimes[i - 1]).toBeGreaterThanOrEqual(ANNOUNCE_INTERVAL_MS);
    }
    expect(messageTimes.length).toBeGreaterThanOrEqual(7);
  });

  it('restarts silently when counts go down', () => {
    const announcer = new EventAnnouncer();
    announcer.update(NONE, 0);
    announcer.update(counts(4, 4), 0);
    expect(announcer.update(NONE, 5_000)).toEqual({ kind: 'quiet' });
    const result = announcer.update(counts(1), 10_000);
    expect(result.kind === 'message' ? result.text : '').toMatch(/^First cold start/);
  });

  it('does not call a later cold start the first', () => {
    const announcer = new EventAnnouncer();
    announcer.update(counts(2), 0);
    expect(announcer.update(counts(3), 100)).toEqual({ kind: 'message', text: '1 cold start.' });
  });
});
