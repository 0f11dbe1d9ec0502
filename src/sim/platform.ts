import { createActor, fromTransition, type AnyActorRef, type AnyEventObject } from 'xstate';
import { INVOKE_EVENT, RETIRE_EVENT, environmentMachine, type EnvironmentHost } from './environment-machine';
import { gbSeconds } from './billing';
import { IdlePool } from './idle-pool';
import { Metrics } from './metrics';
import { durationSampler, type DurationSampler, type RandomStreams } from './random';
import { Environment, type Invocation } from './records';
import { createScalingRate, type ScalingRate } from './scaling';
import type { Scheduler } from './scheduler';
import type { CostBreakdown, FunctionConfig, Phase, PlatformConfig, Scenario, ThrottleCause } from './types';

/** Phases in which an environment counts against the concurrency limit. */
const ACTIVE_PHASES: ReadonlySet<Phase> = new Set<Phase>([
  'provisioning',
  'initializing',
  'reinitializing',
  'invoking-cold',
  'invoking-warm',
  'resetting',
]);

/** Returns whether any event of the invocation always fails. A plain loop, because this runs for every invocation. */
function carriesPoison(invocation: Invocation): boolean {
  for (const event of invocation.events) if (event.poison) return true;
  return false;
}

/** Terminated environments kept for the views; older ones are dropped to bound memory. */
const TERMINATED_KEPT = 300;

interface Samplers {
  run: DurationSampler;
  init: DurationSampler;
  provision: DurationSampler;
  idleLifetime: DurationSampler;
  shutdown: DurationSampler;
  reset: DurationSampler;
}

/**
 * The Lambda service for one function: it routes each event to an idle environment (a warm start),
 * starts a new one (a cold start) when concurrency and the scaling rate allow, or throttles it.
 * Each environment's lifecycle runs in its own XState actor on the shared simulated clock.
 */
export class Platform implements EnvironmentHost {
  readonly metrics: Metrics;
  /** Every live environment and the most recently terminated, in creation order. */
  environments: Environment[] = [];

  private fn: FunctionConfig;
  private config: PlatformConfig;
  private samplers!: Samplers;
  private readonly errorSource: () => number;
  private scaling: ScalingRate;
  private readonly onDemandIdle: IdlePool;
  private readonly provisionedIdle: IdlePool;

  private nextEnvironmentId = 1;
  private activeOnDemand = 0;
  private activeProvisioned = 0;
  /** Provisioned environments that exist and are not retiring. */
  private provisionedLive: Environment[] = [];
  private terminatedCount = 0;
  private provisionedSinceMs = 0;

  /** Grows on every change, so views can skip work when nothing happened. */
  version = 0;

  /** An error thrown inside an environment actor, kept until the simulation rethrows it. */
  failure: unknown = null;

  /**
   * Parent of every environment actor. Sharing one parent gives them one actor system, which makes
   * creating an environment much cheaper, and lets errors inside actors reach the simulation
   * synchronously instead of as XState's deferred unhandled error.
   */
  private readonly supervisor: AnyActorRef;

  constructor(
    scenario: Scenario,
    private readonly scheduler: Scheduler,
    private readonly random: RandomStreams,
  ) {
    this.fn = scenario.function;
    this.config = scenario.platform;
    this.supervisor = createActor(
      fromTransition((state: null, event: AnyEventObject) => {
        if (event.type.startsWith('xstate.error.actor')) this.failure ??= (event as { error?: unknown }).error;
        return state;
      }, null),
      { clock: scheduler },
    ).start();
    this.metrics = new Metrics(this.fn.architecture);
    this.errorSource = random.source('errors');
    this.scaling = createScalingRate(this.config.scaling, this.config.legacyBurst);
    this.onDemandIdle = new IdlePool(this.config.reuse, random.source('reuse'));
    this.provisionedIdle = new IdlePool(this.config.reuse, random.source('reuse-provisioned'));
    this.buildSamplers();
    this.adjustProvisioned();
  }

  get nowMs(): number {
    return this.scheduler.nowMs;
  }

  /** Environments counted against the limit right now. */
  get concurrency(): number {
    return this.activeOnDemand + this.activeProvisioned;
  }

  /** Function timeout that applies to invocations starting now. */
  get functionTimeoutMs(): number {
    return this.fn.timeoutMs;
  }

  /** The limit concurrency is counted against: reserved concurrency if set, else the account quota. */
  get concurrencyLimit(): number {
    return this.config.reservedConcurrency ?? this.config.concurrencyLimit;
  }

  /**
   * Serves or throttles one invocation. The invocation's owner hears how it ended through
   * `invocationEnded`, possibly before this returns (a throttle); owners must not route from there.
   */
  route(invocation: Invocation): void {
    this.metrics.invocations++;
    this.metrics.inFlight++;
    this.version++;

    const idle = this.provisionedIdle.peek() ?? this.onDemandIdle.peek();
    if (idle !== undefined) {
      this.reuse(idle, invocation);
      return;
    }

    const cause = this.throttleCause();
    if (cause !== null) {
      this.throttle(invocation, cause);
      return;
    }
    this.startEnvironment(invocation);
  }

  /** Applies changed function and platform settings from now on. */
  reconfigure(scenario: Scenario): void {
    const previous = this.config;
    this.settleProvisionedCost();
    this.fn = scenario.function;
    this.config = scenario.platform;
    this.metrics.bill.setArchitecture(this.fn.architecture);
    this.buildSamplers();

    if (previous.scaling !== this.config.scaling || previous.legacyBurst !== this.config.legacyBurst) {
      this.scaling = createScalingRate(this.config.scaling, this.config.legacyBurst);
    }
    this.onDemandIdle.setPolicy(this.config.reuse);
    this.provisionedIdle.setPolicy(this.config.reuse);
    this.adjustProvisioned();
    this.version++;
  }

  /** Returns the itemized cost so far, including provisioned concurrency configured up to now. */
  cost(): CostBreakdown {
    const pending = this.config.provisionedConcurrency * gbSeconds(this.nowMs - this.provisionedSinceMs, this.fn.memoryMb);
    return this.metrics.bill.breakdown(pending);
  }

  /** Adds the cost of configured provisioned concurrency up to now, before the configuration changes. */
  private settleProvisionedCost(): void {
    const now = this.nowMs;
    this.metrics.bill.addProvisionedTime(
      this.config.provisionedConcurrency,
      this.fn.memoryMb,
      now - this.provisionedSinceMs,
    );
    this.provisionedSinceMs = now;
  }

  /**
   * Stops the supervisor. Environment actors are its children, which XState does not let us stop one
   * by one. Once the simulation clears the scheduler, nothing can wake them again.
   */
  dispose(): void {
    this.supervisor.stop();
  }

  enterPhase(environment: Environment, phase: Phase): void {
    const now = this.nowMs;
    const previous = environment.history.length > 0 ? environment.phase : null;
    this.metrics.movePhase(previous, phase, now);

    if (previous === 'idle') this.idlePoolOf(environment).remove(environment);
    environment.recordPhase(phase, now);
    this.updateActive(environment, phase);

    if (phase === 'idle') {
      environment.idleSinceMs = now;
      this.idlePoolOf(environment).add(environment);
      // Retired while busy: shut down now that the invocation is over, in a task of its own because
      // the actor is still processing this transition.
      if (environment.retiring) this.scheduler.setTimeout(() => environment.actor?.send(RETIRE_EVENT), 0);
    } else if (phase === 'invoking-cold' || phase === 'invoking-warm') {
      this.startHandler(environment, now);
    } else if (phase === 'terminated') {
      this.retireRecord(environment);
    }
    this.version++;
  }

  finishInvocation(environment: Environment, status: 'completed' | 'error' | 'timeout'): void {
    const invocation = environment.current;
    if (invocation === null) return;
    const now = this.nowMs;
    const metrics = this.metrics;

    invocation.status = status;
    invocation.endMs = now;
    invocation.runMs = Number.isNaN(invocation.startMs) ? 0 : now - invocation.startMs;
    if (status === 'timeout' && Number.isNaN(invocation.startMs)) {
      // The init re-run used up the whole timeout: all of that time counts as init.
      invocation.initMs = now - invocation.arrivalMs - invocation.provisionMs;
    }

    metrics.inFlight--;
    if (status === 'completed') metrics.completed++;
    else if (status === 'error') metrics.errors++;
    else metrics.timeouts++;
    metrics.latency.add(now - invocation.arrivalMs);
    metrics.bill.addInvocation(invocation.runMs, invocation.initMs, this.fn.memoryMb, environment.provisioned);

    environment.current = null;
    invocation.owner?.invocationEnded(invocation);
    this.version++;
  }

  private reuse(environment: Environment, invocation: Invocation): void {
    const cold = !environment.initialized;
    invocation.start = cold ? 'cold' : 'warm';
    if (cold) {
      this.metrics.coldStarts++;
      environment.initMs = this.samplers.init();
    } else {
      this.metrics.warmStarts++;
    }
    this.assign(environment, invocation);
    environment.actor?.send(INVOKE_EVENT);
  }

  private startEnvironment(invocation: Invocation): void {
    invocation.start = 'cold';
    this.metrics.coldStarts++;
    const environment = this.createEnvironment(false);
    invocation.provisionMs = environment.provisionMs;
    this.assign(environment, invocation);
    this.startActor(environment);
  }

  private throttle(invocation: Invocation, cause: ThrottleCause): void {
    invocation.start = 'throttled';
    invocation.status = 'throttled';
    invocation.throttleCause = cause;
    invocation.endMs = this.nowMs;
    this.metrics.inFlight--;
    this.metrics.throttle(cause);
    invocation.owner?.invocationEnded(invocation);
  }

  /** Returns why a new environment may not start now, or null when it may. */
  private throttleCause(): ThrottleCause | null {
    const reserved = this.config.reservedConcurrency;
    const limit = reserved ?? this.config.concurrencyLimit;
    const limitCause: ThrottleCause = reserved !== null ? 'reserved-concurrency' : 'account-concurrency';

    // Provisioned concurrency reserves its slots whether busy or not, so on-demand gets the rest.
    const inUse = this.activeOnDemand + Math.max(this.config.provisionedConcurrency, this.activeProvisioned);
    if (inUse >= limit) return limitCause;

    if (!this.scaling.tryStart(this.nowMs, this.activeOnDemand)) return 'scaling-rate';
    return null;
  }

  private assign(environment: Environment, invocation: Invocation): void {
    invocation.environmentId = environment.id;
    invocation.plannedRunMs = this.samplers.run();
    const drawnError = this.fn.errorRate > 0 && this.errorSource() < this.fn.errorRate;
    invocation.throws = drawnError || carriesPoison(invocation);
    environment.current = invocation;
    environment.timeoutMs = this.fn.timeoutMs;
    environment.timeLeftMs = this.fn.timeoutMs;
    environment.invocationsServed++;
  }

  private startHandler(environment: Environment, now: number): void {
    const invocation = environment.current;
    if (invocation === null) return;
    invocation.startMs = now;
    if (invocation.start === 'cold') invocation.initMs = now - invocation.arrivalMs - invocation.provisionMs;
  }

  private createEnvironment(provisioned: boolean): Environment {
    const environment = new Environment(this.nextEnvironmentId++, provisioned, this.nowMs);
    const samplers = this.samplers;
    environment.provisionMs = samplers.provision();
    environment.initMs = samplers.init();
    environment.idleLifetimeMs = samplers.idleLifetime();
    environment.shutdownMs = samplers.shutdown();
    environment.resetMs = samplers.reset();
    environment.timeoutMs = this.fn.timeoutMs;
    this.environments.push(environment);
    this.metrics.environmentsCreated++;
    return environment;
  }

  private startActor(environment: Environment): void {
    const actor = createActor(environmentMachine, {
      input: { environment, host: this },
      parent: this.supervisor,
    });
    environment.actor = actor;
    actor.start();
  }

  /** Keeps the concurrency counts and the peak in step with one environment's phase. */
  private updateActive(environment: Environment, phase: Phase): void {
    const wasActive = environment.active;
    const active =
      ACTIVE_PHASES.has(phase) && (!environment.provisioned || environment.current !== null || phase === 'resetting');
    if (active === wasActive) return;

    environment.active = active;
    const change = active ? 1 : -1;
    if (environment.provisioned) this.activeProvisioned += change;
    else this.activeOnDemand += change;

    const concurrency = this.concurrency;
    if (concurrency > this.metrics.peakConcurrency) this.metrics.peakConcurrency = concurrency;
    this.scaling.observe(this.nowMs, this.activeOnDemand);
  }

  private idlePoolOf(environment: Environment): IdlePool {
    return environment.provisioned ? this.provisionedIdle : this.onDemandIdle;
  }

  /** Starts or retires provisioned environments until their number matches the configuration. */
  private adjustProvisioned(): void {
    const target = this.config.provisionedConcurrency;

    while (this.provisionedLive.length < target) {
      const environment = this.createEnvironment(true);
      this.provisionedLive.push(environment);
      this.startActor(environment);
    }

    // Retire the newest first; a busy one finishes its invocation, then shuts down.
    while (this.provisionedLive.length > target) {
      const environment = this.provisionedLive.pop() as Environment;
      environment.retiring = true;
      if (environment.phase === 'idle') environment.actor?.send(RETIRE_EVENT);
    }
  }

  /** Releases a terminated environment's actor and drops old terminated records. */
  private retireRecord(environment: Environment): void {
    environment.actor = null;
    this.terminatedCount++;
    if (this.terminatedCount <= 2 * TERMINATED_KEPT) return;

    // Keep the newest terminated records; filtering makes a new array, so views holding the old one are safe.
    let toDrop = this.terminatedCount - TERMINATED_KEPT;
    this.environments = this.environments.filter((candidate) => {
      if (toDrop > 0 && candidate.phase === 'terminated') {
        toDrop--;
        return false;
      }
      return true;
    });
    this.terminatedCount = TERMINATED_KEPT;
  }

  private buildSamplers(): void {
    const random = this.random;
    this.samplers = {
      run: durationSampler(this.fn.runDurationMs, random.source('run')),
      init: durationSampler(this.fn.initDurationMs, random.source('init')),
      provision: durationSampler(this.config.provisionDurationMs, random.source('provision')),
      idleLifetime: durationSampler(this.config.idleLifetimeMs, random.source('idle-lifetime')),
      shutdown: durationSampler(this.config.shutdownDurationMs, random.source('shutdown')),
      reset: durationSampler(this.config.resetDurationMs, random.source('reset')),
    };
  }
}
