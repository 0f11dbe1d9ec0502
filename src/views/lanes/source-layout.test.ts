import { describe, expect, it } from 'vitest';
import { sourceView } from './source-fixtures';
import { BOX_HEADER_PX, boxOf, layoutSources } from './source-layout';

describe('layoutSources', () => {
  const sources = [
    sourceView({ streamIndex: 0, source: 's3', mode: 'async' }),
    sourceView({ streamIndex: 1, source: 'sns', mode: 'async' }),
    sourceView({ streamIndex: -1, source: 'sqs', mode: 'queue' }),
  ];

  it('stacks boxes from the top', () => {
    const layout = layoutSources(sources, 40, 1000);
    expect(layout.boxes[0].top).toBe(40);
    expect(layout.boxes[1].top).toBeGreaterThan(layout.boxes[0].top + layout.boxes[0].height);
    expect(layout.boxes[0].lines).toBe(2);
    expect(layout.bottom).toBe(layout.boxes[2].top + layout.boxes[2].height);
  });

  it('shows titles only when short of room', () => {
    const layout = layoutSources(sources, 0, 60);
    expect(layout.boxes.every((box) => box.lines === 0 && box.height === BOX_HEADER_PX)).toBe(true);
  });

  it('finds the box of an event', () => {
    const layout = layoutSources(sources, 0, 1000);
    expect(boxOf(layout, sources, 1, 'sns')).toBe(1);
    expect(boxOf(layout, sources, -1, 'sqs')).toBe(2);
    expect(boxOf(layout, sources, -1, 's3')).toBe(0);
    expect(boxOf(layout, sources, -1, 'schedule')).toBe(-1);
  });

  it('handles no sources', () => {
    expect(layoutSources([], 30, 100).bottom).toBe(30);
  });
});
