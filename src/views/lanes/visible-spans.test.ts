import { describe, expect, it } from 'vitest';
import { spans } from './test-snapshots';
import { endVisibleSpan, firstVisibleSpan, spanEnd, spanIndexAt } from './visible-spans';

// A cold start at 0, a warm start at 3 s, idle until now.
const history = spans(
  ['provisioning', 0, 200],
  ['initializing', 200, 1_200],
  ['invoking-cold', 1_200, 1_500, 1],
  ['idle', 1_500, 3_000],
  ['invoking-warm', 3_000, 3_100, 2],
  ['idle', 3_100, Number.NaN],
);

describe('firstVisibleSpan', () => {
  it('finds the span covering the window start', () => {
    expect(firstVisibleSpan(history, 1_300)).toBe(2);
    expect(firstVisibleSpan(history, 1_200)).toBe(2);
    expect(firstVisibleSpan(history, 50_000)).toBe(5);
  });

  it('returns 0 for a window before the history', () => {
    expect(firstVisibleSpan(history, -10)).toBe(0);
  });

  it('returns 0 for an empty history', () => {
    expect(firstVisibleSpan([], 100)).toBe(0);
  });
});

describe('endVisibleSpan', () => {
  it('excludes spans starting at or after the window end', () => {
    expect(endVisibleSpan(history, 1_200)).toBe(2);
    expect(endVisibleSpan(history, 1_201)).toBe(3);
    expect(endVisibleSpan(history, 1e9)).toBe(history.length);
    expect(endVisibleSpan(history, -1)).toBe(0);
  });
});

describe('visible range', () => {
  it('covers exactly the spans overlapping the window', () => {
    const from = firstVisibleSpan(history, 1_400);
    const to = endVisibleSpan(history, 3_050);
    expect(history.slice(from, to).map((span) => span.phase)).toEqual(['invoking-cold', 'idle', 'invoking-warm']);
  });
});

describe('spanEnd', () => {
  it('uses now for the open span', () => {
    expect(spanEnd(history[5], 9_000)).toBe(9_000);
    expect(spanEnd(history[0], 9_000)).toBe(200);
  });
});

describe('spanIndexAt', () => {
  it('finds the span at a moment', () => {
    expect(spanIndexAt(history, 3_050, 9_000)).toBe(4);
    expect(spanIndexAt(history, 8_000, 9_000)).toBe(5);
  });

  it('returns -1 outside the history', () => {
    expect(spanIndexAt(history, 9_500, 9_000)).toBe(-1);
    expect(spanIndexAt(history, -5, 9_000)).toBe(-1);
    expect(spanIndexAt([], 0, 0)).toBe(-1);
  });
});
