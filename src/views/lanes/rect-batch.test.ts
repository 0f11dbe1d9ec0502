import { describe, expect, it } from 'vitest';
import { RectBatch } from './rect-batch';

function rects(batch: RectBatch): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < batch.count; i++) out.push([0, 1, 2, 3].map((field) => batch.get(i, field as 0 | 1 | 2 | 3)));
  return out;
}

describe('RectBatch', () => {
  it('merges rows that continue straight down', () => {
    const batch = new RectBatch();
    batch.add(10, 0, 50, 1);
    batch.add(10, 1, 50, 1);
    batch.add(10, 2, 50, 1);
    expect(rects(batch)).toEqual([[10, 0, 50, 3]]);
  });

  it('merges overlapping sub-pixel rows', () => {
    const batch = new RectBatch();
    batch.add(10, 0, 50, 0.5);
    batch.add(10, 0.25, 50, 0.5);
    expect(batch.count).toBe(1);
    expect(batch.get(0, 3)).toBeCloseTo(0.75);
  });

  it('joins overlapping rectangles in one row', () => {
    const batch = new RectBatch();
    batch.add(10, 4, 50, 1);
    batch.add(30, 4, 50, 1);
    batch.add(5, 4, 6, 1);
    expect(rects(batch)).toEqual([[5, 4, 75, 1]]);
  });

  it('keeps apart rectangles with a gap in one row', () => {
    const batch = new RectBatch();
    batch.add(10, 4, 10, 1);
    batch.add(30, 4, 10, 1);
    expect(batch.count).toBe(2);
  });

  it('keeps rows with other edges apart', () => {
    const batch = new RectBatch();
    batch.add(10, 0, 50, 1);
    batch.add(11, 1, 50, 1);
    batch.add(11, 2, 49, 1);
    batch.add(11, 5, 49, 1);
    expect(batch.count).toBe(4);
  });

  it('grows past its first buffer', () => {
    const batch = new RectBatch();
    // A gap between neighbours keeps them from joining.
    for (let i = 0; i < 1000; i++) batch.add(i * 2, 0, 1, 1);
    expect(batch.count).toBe(1000);
    expect(batch.get(999, 0)).toBe(1998);
  });

  it('empties on clear', () => {
    const batch = new RectBatch();
    batch.add(0, 0, 1, 1);
    batch.clear();
    expect(batch.count).toBe(0);
    batch.add(5, 5, 1, 1);
    expect(rects(batch)).toEqual([[5, 5, 1, 1]]);
  });
});
