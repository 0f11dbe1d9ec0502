import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../sim/presets';
import { canDiscardEvents } from './failure-trays';

describe('canDiscardEvents', () => {
  it('is false for a schedule that never fails', () => {
    expect(canDiscardEvents(PRESETS['schedule-every-minute'].scenario)).toBe(false);
  });

  it('is false for synchronous requests', () => {
    expect(canDiscardEvents(PRESETS['seed-story'].scenario)).toBe(false);
  });

  it('is true for failing asynchronous events', () => {
    expect(canDiscardEvents(PRESETS['async-retries'].scenario)).toBe(true);
  });

  it('is true for a queue with a redrive policy', () => {
    expect(canDiscardEvents(PRESETS['sqs-throttled-to-dlq'].scenario)).toBe(true);
  });

  it('is true for a stream with a poison record', () => {
    expect(canDiscardEvents(PRESETS['poison-record'].scenario)).toBe(true);
  });
});
