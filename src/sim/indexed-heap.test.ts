import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedHeap, type HeapItem } from './indexed-heap';

interface Item extends HeapItem {
  key: number;
  id: number;
}

const byKeyThenId = (a: Item, b: Item) => a.key < b.key || (a.key === b.key && a.id < b.id);

describe('IndexedHeap', () => {
  it('pops in order after pushes and removals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (keys, removals) => {
          const heap = new IndexedHeap<Item>(byKeyThenId);
          const items = keys.map((key, id) => ({ key, id, heapIndex: -1 }));
          items.forEach((item) => heap.push(item));

          const removed = new Set<Item>();
          for (const pick of removals) {
            if (items.length === 0) break;
            const item = items[pick % items.length];
            expect(heap.remove(item)).toBe(!removed.has(item));
            removed.add(item);
          }

          const expected = items.filter((item) => !removed.has(item)).sort((a, b) => (byKeyThenId(a, b) ? -1 : 1));
          const popped: Item[] = [];
          for (let item = heap.pop(); item !== undefined; item = heap.pop()) popped.push(item);
          expect(popped).toEqual(expected);
        },
      ),
    );
  });

  it('marks removed items as outside the heap', () => {
    const heap = new IndexedHeap<Item>(byKeyThenId);
    const item: Item = { key: 1, id: 1, heapIndex: -1 };
    heap.push(item);

    expect(heap.has(item)).toBe(true);
    heap.remove(item);
    expect(heap.has(item)).toBe(false);
    expect(item.heapIndex).toBe(-1);
  });
});
