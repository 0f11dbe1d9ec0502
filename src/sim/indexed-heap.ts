/** An item that remembers where it sits in an {@link IndexedHeap}, so it can be removed in O(log n). */
export interface HeapItem {
  /** Position in the heap's array, or -1 when the item is in no heap. */
  heapIndex: number;
}

/**
 * A binary min-heap whose items carry their own position. Besides push and pop it removes any item in
 * O(log n), which the scheduler needs for cancelled timers and the idle pool for reclaimed environments.
 * An item can be in at most one heap at a time because it has one `heapIndex` field.
 */
export class IndexedHeap<T extends HeapItem> {
  private readonly items: T[] = [];

  /** @param before Returns true when `a` must come out before `b`. It must be a strict total order. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.siftUp(item.heapIndex);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top !== undefined) this.removeAt(0);
    return top;
  }

  /** Removes `item` if it is in this heap; returns whether it was. */
  remove(item: T): boolean {
    const index = item.heapIndex;
    if (index < 0 || this.items[index] !== item) return false;
    this.removeAt(index);
    return true;
  }

  has(item: T): boolean {
    return item.heapIndex >= 0 && this.items[item.heapIndex] === item;
  }

  clear(): void {
    for (const item of this.items) item.heapIndex = -1;
    this.items.length = 0;
  }

  private removeAt(index: number): void {
    const items = this.items;
    const removed = items[index];
    const last = items.pop() as T;
    removed.heapIndex = -1;
    if (index === items.length) return;

    // Put the last item in the hole, then restore order in whichever direction it is out of place.
    items[index] = last;
    last.heapIndex = index;
    if (index > 0 && this.before(last, items[(index - 1) >> 1])) this.siftUp(index);
    else this.siftDown(index);
  }

  private siftUp(start: number): void {
    const items = this.items;
    const item = items[start];
    let index = start;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex];
      if (!this.before(item, parent)) break;
      items[index] = parent;
      parent.heapIndex = index;
      index = parentIndex;
    }
    items[index] = item;
    item.heapIndex = index;
  }

  private siftDown(start: number): void {
    const items = this.items;
    const count = items.length;
    const item = items[start];
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && this.before(items[right], items[left]) ? right : left;
      if (!this.before(items[child], item)) break;
      items[index] = items[child];
      items[index].heapIndex = index;
      index = child;
    }
    items[index] = item;
    item.heapIndex = index;
  }
}
