import { createActor, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  it('runs tasks in time order', () => {
    const scheduler = new Scheduler();
    const order: string[] = [];
    scheduler.setTimeout(() => order.push('c'), 30);
    scheduler.setTimeout(() => order.push('a'), 10);
    scheduler.setTimeout(() => order.push('b'), 20);

    scheduler.advanceTo(100);

    expect(order).toEqual(['a', 'b', 'c']);
    expect(scheduler.nowMs).toBe(100);
  });

  it('breaks time ties by insertion order', () => {
    const scheduler = new Scheduler();
    const order: number[] = [];
    for (let index = 0; index < 50; index++) scheduler.setTimeout(() => order.push(index), 5);

    scheduler.advanceTo(5);

    expect(order).toEqual([...Array(50).keys()]);
  });

  it('sets the clock to each task time while it runs', () => {
    const scheduler = new Scheduler();
    const seen: number[] = [];
    scheduler.setTimeout(() => seen.push(scheduler.nowMs), 7);
    scheduler.setTimeout(() => seen.push(scheduler.nowMs), 42);

    scheduler.advanceTo(50);

    expect(seen).toEqual([7, 42]);
  });

  it('runs tasks scheduled by tasks inside the window', () => {
    const scheduler = new Scheduler();
    const seen: number[] = [];
    scheduler.setTimeout(() => {
      seen.push(scheduler.nowMs);
      scheduler.setTimeout(() => seen.push(scheduler.nowMs), 5);
      scheduler.setTimeout(() => seen.push(scheduler.nowMs), 500);
    }, 10);

    scheduler.advanceTo(100);

    expect(seen).toEqual([10, 15]);
    expect(scheduler.pending).toBe(1);
  });

  it('does not run a cleared task', () => {
    const scheduler = new Scheduler();
    let ran = false;
    const task = scheduler.setTimeout(() => (ran = true), 10);

    scheduler.clearTimeout(task);
    scheduler.advanceTo(20);

    expect(ran).toBe(false);
    expect(scheduler.pending).toBe(0);
  });

  it('ignores clearing a task twice or after it ran', () => {
    const scheduler = new Scheduler();
    const task = scheduler.setTimeout(() => undefined, 1);
    scheduler.advanceTo(2);

    expect(() => scheduler.clearTimeout(task)).not.toThrow();
    expect(() => scheduler.clearTimeout(task)).not.toThrow();
  });

  it('rejects going back in time', () => {
    const scheduler = new Scheduler();
    scheduler.advanceTo(100);

    expect(() => scheduler.advanceTo(99)).toThrow(RangeError);
    expect(() => scheduler.scheduleAt(50, () => undefined)).toThrow(RangeError);
    expect(() => scheduler.advanceTo(Number.NaN)).toThrow(RangeError);
  });

  it('treats a negative delay as zero', () => {
    const scheduler = new Scheduler();
    scheduler.advanceTo(10);
    const task = scheduler.setTimeout(() => undefined, -5);

    expect(task.timeMs).toBe(10);
  });

  it('steps to the next moment', () => {
    const scheduler = new Scheduler();
    const seen: number[] = [];
    scheduler.setTimeout(() => seen.push(1), 10);
    scheduler.setTimeout(() => seen.push(2), 10);
    scheduler.setTimeout(() => seen.push(3), 20);

    expect(scheduler.step()).toBe(true);
    expect(seen).toEqual([1, 2]);
    expect(scheduler.nowMs).toBe(10);
    expect(scheduler.nextTimeMs()).toBe(20);

    expect(scheduler.step()).toBe(true);
    expect(scheduler.step()).toBe(false);
    expect(scheduler.nowMs).toBe(20);
  });

  it('drives XState delayed transitions', () => {
    const machine = setup({}).createMachine({
      initial: 'waiting',
      states: { waiting: { after: { 1500: 'done' } }, done: {} },
    });
    const scheduler = new Scheduler();
    const actor = createActor(machine, { clock: scheduler }).start();

    scheduler.advanceTo(1_499);
    expect(actor.getSnapshot().value).toBe('waiting');

    scheduler.advanceTo(1_500);
    expect(actor.getSnapshot().value).toBe('done');
  });
});

describe('Scheduler end of moment', () => {
  it('runs late tasks after ordinary ones at the same time', () => {
    const scheduler = new Scheduler();
    const order: string[] = [];
    scheduler.atEndOfMoment(() => order.push('late'), 10);
    scheduler.setTimeout(() => {
      order.push('first');
      scheduler.setTimeout(() => order.push('added'), 0);
    }, 10);

    scheduler.advanceTo(10);

    expect(order).toEqual(['first', 'added', 'late']);
  });

  it('still runs late tasks before later times', () => {
    const scheduler = new Scheduler();
    const order: string[] = [];
    scheduler.setTimeout(() => order.push('later'), 11);
    scheduler.atEndOfMoment(() => order.push('late'), 10);

    scheduler.advanceTo(20);

    expect(order).toEqual(['late', 'later']);
  });
});
