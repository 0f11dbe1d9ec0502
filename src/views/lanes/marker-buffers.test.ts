import { describe, expect, it } from 'vitest';
import { MarkerHits, PointBatch } from './marker-buffers';

describe('PointBatch', () => {
  it('stores points past its first buffer', () => {
    const batch = new PointBatch();
    for (let i = 0; i < 500; i++) batch.add(i, -i);
    expect(batch.count).toBe(500);
    expect(batch.x(499)).toBe(499);
    expect(batch.y(499)).toBe(-499);
    batch.clear();
    expect(batch.count).toBe(0);
  });
});

describe('MarkerHits', () => {
  it('finds the nearest marker within the radius', () => {
    const hits = new MarkerHits();
    hits.add(10, 10, 1);
    hits.add(20, 10, 2);
    expect(hits.find(12, 10, 6)).toBe(1);
    expect(hits.find(18, 11, 6)).toBe(2);
  });

  it('returns -1 when nothing is near', () => {
    const hits = new MarkerHits();
    hits.add(10, 10, 1);
    expect(hits.find(40, 40, 6)).toBe(-1);
  });

  it('prefers the marker drawn last on a tie', () => {
    const hits = new MarkerHits();
    hits.add(10, 10, 1);
    hits.add(10, 10, 2);
    expect(hits.find(10, 10, 6)).toBe(2);
  });

  it('holds many markers', () => {
    const hits = new MarkerHits();
    for (let i = 0; i < 300; i++) hits.add(i * 10, 0, i + 1000);
    expect(hits.find(2_990, 0, 3)).toBe(1299);
    hits.clear();
    expect(hits.find(2_990, 0, 3)).toBe(-1);
  });
});
