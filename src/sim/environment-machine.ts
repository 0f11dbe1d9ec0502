import { and, setup } from 'xstate';
import { INIT_LIMIT_MS, PROVISIONED_INIT_LIMIT_MS } from './model-facts';
import type { Environment } from './records';
import type { InvocationStatus, Phase } from './types';

/**
 * Callbacks from the machine to the platform. The machine decides when each phase starts and ends,
 * and the platform keeps the counts, the idle pool and the records.
 */
export interface EnvironmentHost {
  /** Called on entry to every phase. */
  enterPhase(environment: Environment, phase: Phase): void;
  /** Called when the current invocation ends, before the environment enters its next phase. */
  finishInvocation(environment: Environment, status: Exclude<InvocationStatus, 'in-flight' | 'throttled'>): void;
}

export interface EnvironmentContext {
  environment: Environment;
  host: EnvironmentHost;
}

/**
 * Events the platform sends. They carry no data: the platform writes the invocation onto the
 * environment record first, so one shared event object serves every send on the hot path.
 */
export type EnvironmentEvent = { type: 'INVOKE' } | { type: 'RETIRE' };

export const INVOKE_EVENT: EnvironmentEvent = { type: 'INVOKE' };
export const RETIRE_EVENT: EnvironmentEvent = { type: 'RETIRE' };

/** Init may take 10 s on demand; provisioned environments get max(130 s, function timeout). */
export function initLimitMs(environment: Environment): number {
  return environment.provisioned ? Math.max(PROVISIONED_INIT_LIMIT_MS, environment.timeoutMs) : INIT_LIMIT_MS;
}

/** Time the handler runs before it returns, throws or is cut at the timeout. */
function runTimeMs(environment: Environment): number {
  const planned = environment.current?.plannedRunMs ?? 0;
  return Math.min(planned, environment.timeLeftMs);
}

/**
 * The lifecycle of one execution environment (micro VM):
 * provisioning → initializing → (invoking ⇄ idle)* → shuttingDown → terminated,
 * with `reinitializing` when init overran its limit and `resetting` after a timeout.
 */
export const environmentMachine = setup({
  types: {
    context: {} as EnvironmentContext,
    events: {} as EnvironmentEvent,
    input: {} as EnvironmentContext,
  },
  delays: {
    provisionTime: ({ context }) => context.environment.provisionMs,
    initTime: ({ context }) => Math.min(context.environment.initMs, initLimitMs(context.environment)),
    reinitTime: ({ context }) => Math.min(context.environment.initMs, context.environment.timeLeftMs),
    runTime: ({ context }) => runTimeMs(context.environment),
    resetTime: ({ context }) => context.environment.resetMs,
    idleLifetime: ({ context }) => context.environment.idleLifetimeMs,
    shutdownTime: ({ context }) => context.environment.shutdownMs,
  },
  guards: {
    hasInvocation: ({ context }) => context.environment.current !== null,
    initOverranLimit: ({ context }) => context.environment.initMs > initLimitMs(context.environment),
    initNeeded: ({ context }) => !context.environment.initialized,
    reinitHitsTimeout: ({ context }) => context.environment.initMs >= context.environment.timeLeftMs,
    runHitsTimeout: ({ context }) =>
      (context.environment.current?.plannedRunMs ?? 0) > context.environment.timeLeftMs,
    handlerThrows: ({ context }) => context.environment.current?.throws === true,
    isReclaimable: ({ context }) => !context.environment.provisioned,
  },
  actions: {
    enterPhase: ({ context }, params: { phase: Phase }) => context.host.enterPhase(context.environment, params.phase),
    enterInvoking: ({ context }) => {
      const { environment } = context;
      const phase = environment.current?.start === 'cold' ? 'invoking-cold' : 'invoking-warm';
      context.host.enterPhase(environment, phase);
    },
    markInitialized: ({ context }) => {
      context.environment.initialized = true;
    },
    markUninitialized: ({ context }) => {
      context.environment.initialized = false;
    },
    spendInitOnTimeout: ({ context }) => {
      context.environment.timeLeftMs -= context.environment.initMs;
    },
    finishInvocation: ({ context }, params: { status: 'completed' | 'error' | 'timeout' }) =>
      context.host.finishInvocation(context.environment, params.status),
  },
}).createMachine({
  id: 'environment',
  context: ({ input }) => input,
  initial: 'provisioning',
  states: {
    provisioning: {
      entry: { type: 'enterPhase', params: { phase: 'provisioning' } },
      after: { provisionTime: 'initializing' },
    },

    initializing: {
      entry: { type: 'enterPhase', params: { phase: 'initializing' } },
      after: {
        initTime: [
          // Init overran its limit, so Lambda runs it again inside the first invocation, on its timeout.
          { guard: and(['initOverranLimit', 'hasInvocation']), target: 'reinitializing' },
          { guard: 'initOverranLimit', target: 'idle' },
          { guard: 'hasInvocation', target: 'invoking', actions: 'markInitialized' },
          { target: 'idle', actions: 'markInitialized' },
        ],
      },
    },

    reinitializing: {
      entry: { type: 'enterPhase', params: { phase: 'reinitializing' } },
      after: {
        reinitTime: [
          {
            guard: 'reinitHitsTimeout',
            target: 'resetting',
            actions: { type: 'finishInvocation', params: { status: 'timeout' } },
          },
          { target: 'invoking', actions: ['markInitialized', 'spendInitOnTimeout'] },
        ],
      },
    },

    invoking: {
      entry: 'enterInvoking',
      after: {
        runTime: [
          {
            guard: 'runHitsTimeout',
            target: 'resetting',
            actions: { type: 'finishInvocation', params: { status: 'timeout' } },
          },
          {
            guard: 'handlerThrows',
            target: 'idle',
            actions: { type: 'finishInvocation', params: { status: 'error' } },
          },
          { target: 'idle', actions: { type: 'finishInvocation', params: { status: 'completed' } } },
        ],
      },
    },

    // After a timeout Lambda resets the environment; the next invocation on it runs init again.
    resetting: {
      entry: [{ type: 'enterPhase', params: { phase: 'resetting' } }, 'markUninitialized'],
      after: { resetTime: 'idle' },
    },

    // Provisioned environments stay initialized while configured: their idle timer fires but the guard
    // keeps them. The platform sends RETIRE when provisioned concurrency shrinks.
    idle: {
      entry: { type: 'enterPhase', params: { phase: 'idle' } },
      after: { idleLifetime: { guard: 'isReclaimable', target: 'shuttingDown' } },
      on: {
        INVOKE: [{ guard: 'initNeeded', target: 'initializing' }, { target: 'invoking' }],
        RETIRE: 'shuttingDown',
      },
    },

    shuttingDown: {
      entry: { type: 'enterPhase', params: { phase: 'shutting-down' } },
      after: { shutdownTime: 'terminated' },
    },

    terminated: {
      type: 'final',
      entry: { type: 'enterPhase', params: { phase: 'terminated' } },
    },
  },
});
