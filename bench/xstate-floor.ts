/**
 * XState's own cost per invocation on this machine, without the simulation around it. Each cycle is
 * the work one warm invocation needs from an environment actor: an event that starts the run, then the
 * delayed transition that ends it. The simulation cannot run faster than this floor.
 */
import { createActor, setup, type AnyActorRef, type AnyStateMachine } from 'xstate';
import { INVOKE_EVENT, environmentMachine, type EnvironmentHost } from '../src/sim/environment-machine';
import { Environment, Invocation } from '../src/sim/records';
import { Scheduler } from '../src/sim/scheduler';
import type { Phase } from '../src/sim/types';

export type FloorMachine = 'two-state' | 'environment';

export interface FloorResult {
  machine: FloorMachine;
  actors: number;
  cycles: number;
  perSecond: number;
}

const START_EVENT = { type: 'START' } as const;

/**
 * The smallest machine with the environment machine's work per invocation: idle ⇄ busy, back to idle
 * after the run time, and an idle timer that entering idle schedules and leaving idle cancels.
 */
const twoStateMachine = setup({
  types: { events: {} as typeof START_EVENT },
  delays: { runTime: 1_000, idleLifetime: 600_000 },
}).createMachine({
  initial: 'idle',
  states: {
    idle: { after: { idleLifetime: 'gone' }, on: { START: 'busy' } },
    busy: { after: { runTime: 'idle' } },
    gone: { type: 'final' },
  },
});

/** A host that keeps only what the machine reports, so the figure is the machine's cost alone. */
const phaseOnlyHost: EnvironmentHost = {
  enterPhase(environment: Environment, phase: Phase) {
    environment.phase = phase;
  },
  finishInvocation(environment: Environment) {
    environment.current = null;
  },
};

/** Creates an environment whose phases take no time, so it is idle and initialized after its first moment. */
function idleEnvironment(id: number): Environment {
  const environment = new Environment(id, false, 0);
  environment.idleLifetimeMs = 600_000;
  environment.timeoutMs = 3_000;
  return environment;
}

/** Runs `cycles` invocations spread over `actors` actors under one parent, as the platform runs them. */
export function measureFloor(machine: FloorMachine, actors: number, cycles: number): FloorResult {
  const scheduler = new Scheduler();
  const parent = createActor(setup({}).createMachine({}), { clock: scheduler }).start();
  const logic: AnyStateMachine = machine === 'two-state' ? twoStateMachine : environmentMachine;
  const event = machine === 'two-state' ? START_EVENT : INVOKE_EVENT;

  const invocation = new Invocation(1, 'manual', -1, 0, 'sync', []);
  invocation.plannedRunMs = 1_000;
  const environments: Environment[] = [];
  const refs: AnyActorRef[] = [];
  for (let index = 0; index < actors; index++) {
    const environment = idleEnvironment(index + 1);
    const ref = createActor(logic, { input: { environment, host: phaseOnlyHost }, parent });
    environments.push(environment);
    refs.push(ref);
    ref.start();
  }
  scheduler.advanceTo(1);

  const started = process.hrtime.bigint();
  for (let cycle = 0; cycle < cycles; cycle++) {
    const index = cycle % actors;
    // Every actor got its invocation at the same moment, so one step ends all their runs.
    if ((refs[index].getSnapshot() as { value: unknown }).value !== 'idle') scheduler.step();
    const environment = environments[index];
    environment.current = invocation;
    environment.timeLeftMs = environment.timeoutMs;
    refs[index].send(event);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  parent.stop();

  return { machine, actors, cycles, perSecond: cycles / seconds };
}
