import { describe, expect, it } from 'vitest';
import { parseIsoDate, parseTimestamp } from './timestamps';

describe('parseTimestamp', () => {
  it.each([
    ['1500', 1_500],
    [' 12.5 ', 12.5],
    ['1.7e12', 1.7e12],
    ['-3', -3],
  ])('reads milliseconds %s', (text, ms) => {
    expect(parseTimestamp(text)).toEqual({ kind: 'ms', ms });
  });

  it.each([
    ['2024-03-01', Date.UTC(2024, 2, 1)],
    ['2024-03-01T09:30', Date.UTC(2024, 2, 1, 9, 30)],
    ['2024-03-01 09:30:15.25Z', Date.UTC(2024, 2, 1, 9, 30, 15, 250)],
    ['2024-03-01T09:30:15+02:00', Date.UTC(2024, 2, 1, 7, 30, 15)],
    ['2024-03-01T09:30:15-0130', Date.UTC(2024, 2, 1, 11, 0, 15)],
    ['2024-02-29T00:00:00.0005Z', Date.UTC(2024, 1, 29) + 0.5],
  ])('reads ISO-8601 %s as UTC', (text, ms) => {
    expect(parseTimestamp(text)).toEqual({ kind: 'iso', ms });
  });

  it.each(['abc', '', '2023-02-29', '2024-13-01', '2024-03-01T24:00', 'March 7 2024', '1,5', 'Infinity', '0x10'])(
    'rejects %j',
    (text) => {
      expect(parseTimestamp(text)).toBeNull();
    },
  );

  it('reads a date without zone as UTC', () => {
    expect(parseIsoDate('2024-06-01T12:00:00')).toBe(parseIsoDate('2024-06-01T12:00:00Z'));
  });
});
