import { IndexedHeap } from './indexed-heap';
import type { RandomSource } from './random';
import type { Environment } from './records';
import type { ReusePolicy } from './types';

const newestFirst = (a: Environment, b: Environment) => a.id > b.id;

const mostRecentFirst = (a: Environment, b: Environment) =>
  a.idleSinceMs > b.idleSinceMs || (a.idleSinceMs === b.idleSinceMs && a.id > b.id);

const leastRecentFirst = (a: Environment, b: Environment) =>
  a.idleSinceMs < b.idleSinceMs || (a.idleSinceMs === b.idleSinceMs && a.id < b.id);

const ORDER: Record<Exclude<ReusePolicy, 'random'>, (a: Environment, b: Environment) => boolean> = {
  newest: newestFirst,
  'most-recent': mostRecentFirst,
  'least-recent': leastRecentFirst,
};

/**
 * Idle environments, indexed so that picking one by the reuse policy and removing a reclaimed one
 * both take O(log n) (O(1) for random), however many environments exist.
 */
export class IdlePool {
  private heap: IndexedHeap<Environment> | null = null;
  private readonly list: Environment[] = [];

  constructor(
    private policy: ReusePolicy,
    private readonly source: RandomSource,
  ) {
    if (policy !== 'random') this.heap = new IndexedHeap(ORDER[policy]);
  }

  get size(): number {
    return this.list.length;
  }

  add(environment: Environment): void {
    environment.listIndex = this.list.length;
    this.list.push(environment);
    this.heap?.push(environment);
  }

  remove(environment: Environment): void {
    const index = environment.listIndex;
    if (index < 0 || this.list[index] !== environment) return;

    // Swap with the last entry so removal from the list is O(1).
    const last = this.list.pop() as Environment;
    if (last !== environment) {
      this.list[index] = last;
      last.listIndex = index;
    }
    environment.listIndex = -1;
    this.heap?.remove(environment);
  }

  /** Returns the environment the policy would reuse next, without removing it. */
  peek(): Environment | undefined {
    if (this.list.length === 0) return undefined;
    if (this.heap) return this.heap.peek();
    return this.list[Math.floor(this.source() * this.list.length)];
  }

  /** Switches the policy, re-indexing the current members. */
  setPolicy(policy: ReusePolicy): void {
    if (policy === this.policy) return;
    this.policy = policy;
    this.heap?.clear();
    this.heap = policy === 'random' ? null : new IndexedHeap(ORDER[policy]);
    for (const environment of this.list) this.heap?.push(environment);
  }
}
