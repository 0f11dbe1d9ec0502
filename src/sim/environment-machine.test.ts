import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { INVOKE_EVENT, RETIRE_EVENT, environmentMachine, type EnvironmentHost } from './environment-machine';
import { Environment, Invocation } from './records';
import { Scheduler } from './scheduler';
import type { Phase } from './types';

type Ending = 'completed' | 'error' | 'timeout';

/** A host that records what the machine reports, with times, instead of running a platform. */
class RecordingHost implements EnvironmentHost {
  readonly phases: string[] = [];
  readonly endings: string[] = [];

  constructor(private readonly scheduler: Scheduler) {}

  enterPhase(environment: Environment, phase: Phase): void {
    environment.recordPhase(phase, this.scheduler.nowMs);
    this.phases.push(`${phase}@${this.scheduler.nowMs}`);
  }

  finishInvocation(environment: Environment, status: Ending): void {
    this.endings.push(`${status}@${this.scheduler.nowMs}`);
    environment.current = null;
  }
}

interface Setup {
  provisioned?: boolean;
  initMs?: number;
  timeoutMs?: number;
}

function startEnvironment({ provisioned = false, initMs = 300, timeoutMs = 3_000 }: Setup = {}) {
  const scheduler = new Scheduler();
  const host = new RecordingHost(scheduler);
  const environment = new Environment(1, provisioned, 0);
  environment.provisionMs = 100;
  environment.initMs = initMs;
  environment.idleLifetimeMs = 60_000;
  environment.shutdownMs = 500;
  environment.resetMs = 200;
  environment.timeoutMs = timeoutMs;

  const give = (runMs: number, throws = false) => {
    const invocation = new Invocation(1, 'manual', -1, scheduler.nowMs, 'sync', []);
    invocation.plannedRunMs = runMs;
    invocation.throws = throws;
    invocation.start = environment.initialized ? 'warm' : 'cold';
    environment.current = invocation;
    environment.timeLeftMs = timeoutMs;
  };

  const actor = createActor(environmentMachine, { input: { environment, host }, clock: scheduler });
  return { scheduler, host, environment, actor, give };
}

describe('environment machine', () => {
  it('runs a cold start, then goes idle', () => {
    const { scheduler, host, actor, give } = startEnvironment();
    give(1_000);
    actor.start();

    scheduler.advanceTo(5_000);

    expect(host.phases).toEqual(['provisioning@0', 'initializing@100', 'invoking-cold@400', 'idle@1400']);
    expect(host.endings).toEqual(['completed@1400']);
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('serves a warm invocation from idle', () => {
    const { scheduler, host, actor, give, environment } = startEnvironment();
    give(1_000);
    actor.start();
    scheduler.advanceTo(2_000);

    give(250);
    actor.send(INVOKE_EVENT);
    scheduler.advanceTo(3_000);

    expect(host.phases.slice(-2)).toEqual(['invoking-warm@2000', 'idle@2250']);
    expect(environment.initialized).toBe(true);
  });

  it('reports a handler error and stays warm', () => {
    const { scheduler, host, actor, give, environment } = startEnvironment();
    give(1_000, true);
    actor.start();

    scheduler.advanceTo(2_000);

    expect(host.endings).toEqual(['error@1400']);
    expect(actor.getSnapshot().value).toBe('idle');
    expect(environment.initialized).toBe(true);
  });

  it('cuts a run at the timeout and resets', () => {
    const { scheduler, host, actor, give, environment } = startEnvironment({ timeoutMs: 3_000 });
    give(10_000);
    actor.start();

    scheduler.advanceTo(5_000);

    expect(host.endings).toEqual(['timeout@3400']);
    expect(host.phases.slice(-2)).toEqual(['resetting@3400', 'idle@3600']);
    expect(environment.initialized).toBe(false);
  });

  it('runs init again after a reset', () => {
    const { scheduler, host, actor, give } = startEnvironment({ timeoutMs: 3_000 });
    give(10_000);
    actor.start();
    scheduler.advanceTo(5_000);

    give(100);
    actor.send(INVOKE_EVENT);
    scheduler.advanceTo(6_000);

    expect(host.phases.slice(-3)).toEqual(['initializing@5000', 'invoking-cold@5300', 'idle@5400']);
  });

  it('re-runs an init over 10 s inside the invocation', () => {
    const { scheduler, host, actor, give } = startEnvironment({ initMs: 12_000, timeoutMs: 30_000 });
    give(1_000);
    actor.start();

    scheduler.advanceTo(60_000);

    // 10 s of init are cut off; the init runs again (12 s) within the timeout, then the handler runs.
    expect(host.phases.slice(0, 5)).toEqual([
      'provisioning@0',
      'initializing@100',
      'reinitializing@10100',
      'invoking-cold@22100',
      'idle@23100',
    ]);
    expect(host.endings).toEqual(['completed@23100']);
  });

  it('times out when the init re-run exceeds the timeout', () => {
    const { scheduler, host, actor, give } = startEnvironment({ initMs: 12_000, timeoutMs: 5_000 });
    give(1_000);
    actor.start();

    scheduler.advanceTo(60_000);

    expect(host.phases.slice(0, 4)).toEqual([
      'provisioning@0',
      'initializing@100',
      'reinitializing@10100',
      'resetting@15100',
    ]);
    expect(host.endings).toEqual(['timeout@15100']);
  });

  it('charges the init re-run against the timeout', () => {
    const { scheduler, host, actor, give } = startEnvironment({ initMs: 12_000, timeoutMs: 14_000 });
    give(5_000);
    actor.start();

    scheduler.advanceTo(60_000);

    // 14 s timeout minus a 12 s re-run leaves 2 s for a 5 s handler.
    expect(host.endings).toEqual(['timeout@24100']);
  });

  it('reclaims an idle environment after its lifetime', () => {
    const { scheduler, host, actor, give } = startEnvironment();
    give(1_000);
    actor.start();

    scheduler.advanceTo(120_000);

    expect(host.phases.slice(-3)).toEqual(['idle@1400', 'shutting-down@61400', 'terminated@61900']);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('restarts the idle lifetime on each use', () => {
    const { scheduler, host, actor, give } = startEnvironment();
    give(1_000);
    actor.start();
    scheduler.advanceTo(50_000);
    give(1_000);
    actor.send(INVOKE_EVENT);

    scheduler.advanceTo(100_000);

    expect(host.phases).not.toContain('shutting-down@61400');
    expect(actor.getSnapshot().value).toBe('idle');

    scheduler.advanceTo(111_001);
    expect(host.phases).toContain('shutting-down@111000');
  });

  it('initializes a provisioned environment ahead and keeps it', () => {
    const { scheduler, host, actor, environment } = startEnvironment({ provisioned: true });
    actor.start();

    scheduler.advanceTo(3_600_000);

    expect(host.phases).toEqual(['provisioning@0', 'initializing@100', 'idle@400']);
    expect(environment.initialized).toBe(true);
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('serves a provisioned environment warm', () => {
    const { scheduler, host, actor, give } = startEnvironment({ provisioned: true });
    actor.start();
    scheduler.advanceTo(1_000);

    give(500);
    actor.send(INVOKE_EVENT);
    scheduler.advanceTo(2_000);

    expect(host.phases.slice(-2)).toEqual(['invoking-warm@1000', 'idle@1500']);
  });

  it('lets a provisioned init run past 10 s', () => {
    const { scheduler, host, actor, environment } = startEnvironment({ provisioned: true, initMs: 60_000 });
    actor.start();

    scheduler.advanceTo(100_000);

    expect(host.phases).toEqual(['provisioning@0', 'initializing@100', 'idle@60100']);
    expect(environment.initialized).toBe(true);
  });

  it('shuts down a retired environment', () => {
    const { scheduler, host, actor, environment } = startEnvironment({ provisioned: true });
    actor.start();
    scheduler.advanceTo(1_000);

    environment.retiring = true;
    actor.send(RETIRE_EVENT);
    scheduler.advanceTo(2_000);

    expect(host.phases.slice(-2)).toEqual(['shutting-down@1000', 'terminated@1500']);
  });
});
