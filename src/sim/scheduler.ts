import type { ActorOptions, AnyActorLogic } from 'xstate';
import { IndexedHeap, type HeapItem } from './indexed-heap';

/** A callback waiting in the scheduler. The object itself is the id that `clearTimeout` takes. */
export interface ScheduledTask extends HeapItem {
  readonly timeMs: number;
  /** Late tasks run after every ordinary task due at the same time. */
  readonly late: boolean;
  readonly sequence: number;
  callback: (() => void) | null;
}

/** XState's clock interface, which it does not export by name. */
type Clock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

function runsBefore(a: ScheduledTask, b: ScheduledTask): boolean {
  if (a.timeMs !== b.timeMs) return a.timeMs < b.timeMs;
  if (a.late !== b.late) return b.late;
  return a.sequence < b.sequence;
}

/**
 * A virtual clock on simulated milliseconds. Tasks run in order of (time, insertion sequence), so
 * tasks due at the same moment run in the order they were scheduled and a run repeats exactly. Late
 * tasks (`atEndOfMoment`) run after all ordinary tasks due at their time.
 * It implements XState's `Clock`, so the machines' delayed transitions (`after`) run on simulated time.
 */
export class Scheduler implements Clock {
  private readonly queue = new IndexedHeap<ScheduledTask>(runsBefore);
  private sequence = 0;
  private now = 0;

  /** Current simulated time in milliseconds. */
  get nowMs(): number {
    return this.now;
  }

  /** Number of tasks waiting. */
  get pending(): number {
    return this.queue.size;
  }

  /** Schedules `callback` to run `delayMs` after now (a negative or NaN delay counts as 0). */
  setTimeout(callback: () => void, delayMs: number): ScheduledTask {
    const delay = delayMs > 0 ? delayMs : 0;
    return this.schedule(callback, this.now + delay);
  }

  /** Cancels a task made by `setTimeout` or `scheduleAt`. Cancelling twice or after it ran does nothing. */
  clearTimeout(task: ScheduledTask): void {
    task.callback = null;
    this.queue.remove(task);
  }

  /** Schedules `callback` at an absolute simulated time, which must not be in the past. */
  scheduleAt(timeMs: number, callback: () => void): ScheduledTask {
    if (!(timeMs >= this.now)) {
      throw new RangeError(`Cannot schedule at ${timeMs} ms: the clock is already at ${this.now} ms.`);
    }
    return this.schedule(callback, timeMs);
  }

  /**
   * Schedules `callback` `delayMs` from now, after every ordinary task due at that time, including those
   * scheduled later. A poller uses it to see everything that arrives in one moment, such as a burst.
   */
  atEndOfMoment(callback: () => void, delayMs = 0): ScheduledTask {
    return this.schedule(callback, this.now + (delayMs > 0 ? delayMs : 0), true);
  }

  /** Returns the time of the next task, or undefined when nothing is scheduled. */
  nextTimeMs(): number | undefined {
    return this.queue.peek()?.timeMs;
  }

  /**
   * Runs every task due at or before `timeMs`, including tasks that those tasks schedule within the
   * window, then sets the clock to `timeMs`. Going back in time is an error.
   */
  advanceTo(timeMs: number): void {
    if (!(timeMs >= this.now)) {
      throw new RangeError(`Cannot go back in time from ${this.now} ms to ${timeMs} ms.`);
    }
    for (let task = this.queue.peek(); task !== undefined && task.timeMs <= timeMs; task = this.queue.peek()) {
      this.runTask(task);
    }
    this.now = timeMs;
  }

  /**
   * Runs every task due at the next scheduled moment and leaves the clock there. Returns false when
   * nothing is scheduled.
   */
  step(): boolean {
    const next = this.queue.peek();
    if (next === undefined) return false;
    this.advanceTo(next.timeMs);
    return true;
  }

  /** Drops every waiting task; the clock keeps its time. */
  clear(): void {
    this.queue.clear();
  }

  private schedule(callback: () => void, timeMs: number, late = false): ScheduledTask {
    const task: ScheduledTask = { timeMs, late, sequence: this.sequence++, callback, heapIndex: -1 };
    this.queue.push(task);
    return task;
  }

  private runTask(task: ScheduledTask): void {
    this.queue.pop();
    this.now = task.timeMs;
    const callback = task.callback;
    task.callback = null;
    callback?.();
  }
}
