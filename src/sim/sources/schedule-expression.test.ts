import { describe, expect, it } from 'vitest';
import { createScheduleGenerator, parseSchedule, ScheduleExpressionError } from './schedule-expression';

const MINUTE = 60_000;

function firstTimes(expression: string, count: number, endMs = 30 * 86_400_000): number[] {
  const generator = createScheduleGenerator(parseSchedule(expression), 0, 0, endMs);
  const times: number[] = [];
  for (let time = generator.next(); time !== undefined && times.length < count; time = generator.next()) times.push(time);
  return times;
}

describe('schedule expressions', () => {
  it('fires a rate one interval apart', () => {
    expect(firstTimes('rate(1 minute)', 3)).toEqual([MINUTE, 2 * MINUTE, 3 * MINUTE]);
    expect(firstTimes('rate(2 hours)', 2)).toEqual([7_200_000, 14_400_000]);
  });

  it('fires cron every 15 minutes', () => {
    expect(firstTimes('cron(0/15 * * * ? *)', 3)).toEqual([0, 15 * MINUTE, 30 * MINUTE]);
  });

  it('matches weekdays on the 2026 calendar', () => {
    // 1 January 2026 is a Thursday, so the first Monday at 09:00 UTC is 5 January.
    expect(firstTimes('cron(0 9 ? * MON *)', 1)).toEqual([4 * 86_400_000 + 9 * 3_600_000]);
  });

  it('matches lists and ranges', () => {
    expect(firstTimes('cron(5,10 8-9 * * ? *)', 4)).toEqual([
      8 * 3_600_000 + 5 * MINUTE,
      8 * 3_600_000 + 10 * MINUTE,
      9 * 3_600_000 + 5 * MINUTE,
      9 * 3_600_000 + 10 * MINUTE,
    ]);
  });

  it('resumes from a later moment', () => {
    const generator = createScheduleGenerator(parseSchedule('rate(5 minutes)'), 0, 12 * MINUTE, Infinity);

    expect(generator.next()).toBe(15 * MINUTE);
  });

  it('stops at the end of the run', () => {
    expect(firstTimes('rate(1 minute)', 10, 3 * MINUTE)).toEqual([MINUTE, 2 * MINUTE]);
  });

  it.each([
    ['every minute', /not a schedule/],
    ['rate(0 minutes)', /at least 1/],
    ['rate(5 seconds)', /not a rate unit/],
    ['cron(0 12 * * *)', /6 fields/],
    ['cron(0 12 1 * MON *)', /must be "\?"/],
    ['cron(61 * * * ? *)', /minutes; expected 0 to 59/],
    ['cron(0 12 L * ? *)', /L, W or #/],
  ])('rejects %s', (expression, message) => {
    expect(() => parseSchedule(expression)).toThrow(ScheduleExpressionError);
    expect(() => parseSchedule(expression)).toThrow(message);
  });
});
