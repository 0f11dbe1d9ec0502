import { Platform } from './platform';
import { RandomStreams } from './random';
import { Invocation } from './records';
import { Scheduler, type ScheduledTask } from './scheduler';
import { createArrivalGenerator, type ArrivalGenerator } from './traffic';
import type {
  EnvironmentView,
  InvocationRecord,
  InvocationView,
  LiveMetrics,
  Report,
  Scenario,
  SimulationSnapshot,
  SourceKind,
  TrafficStream,
} from './types';

export interface SimulationOptions {
  /** Per-invocation records kept for `report()`; 0 keeps none. */
  recordLimit?: number;
  /** Recent arrivals kept for the views and the inspector (default 2,000). */
  recentLimit?: number;
}

/** One traffic stream while it runs: its generator and the task of its next arrival. */
interface RunningStream {
  readonly index: number;
  readonly definition: TrafficStream;
  readonly generator: ArrivalGenerator;
  task: ScheduledTask | null;
  /** Created once per stream, so scheduling an arrival allocates no closure. */
  readonly fire: () => void;
}

/**
 * A deterministic simulation of one Lambda function and its traffic. The same scenario and seed give
 * the same run. Time only moves when the caller advances it, so the browser can animate it, the CLI
 * can run it to the end, and tests can step it.
 */
export class Simulation {
  private scenarioValue: Scenario;
  private readonly scheduler = new Scheduler();
  private readonly random: RandomStreams;
  private readonly platform: Platform;
  private streams: RunningStream[] = [];
  private nextInvocationId = 1;
  private recent: Invocation[] = [];
  private readonly recentLimit: number;
  private readonly records: Invocation[] = [];
  private readonly recordLimit: number;
  private cachedSnapshot: SimulationSnapshot | null = null;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenarioValue = scenario;
    this.recentLimit = Math.max(1, options.recentLimit ?? 2_000);
    this.recordLimit = Math.max(0, options.recordLimit ?? 0);
    this.random = new RandomStreams(scenario.seed);
    this.platform = new Platform(scenario, this.scheduler, this.random);
    this.startStreams(scenario.traffic.map((_, index) => index));
  }

  get scenario(): Scenario {
    return this.scenarioValue;
  }

  get nowMs(): number {
    return this.scheduler.nowMs;
  }

  /** Runs everything scheduled up to `timeMs`. Throws a RangeError when `timeMs` is in the past. */
  advanceTo(timeMs: number): void {
    this.scheduler.advanceTo(timeMs);
    this.throwFailure();
  }

  /** Runs the next scheduled moment. Returns false when nothing is scheduled. */
  step(): boolean {
    const stepped = this.scheduler.step();
    this.throwFailure();
    return stepped;
  }

  /** Returns the time of the next scheduled change, or undefined when nothing is scheduled. */
  nextEventMs(): number | undefined {
    return this.scheduler.nextTimeMs();
  }

  /** Runs the whole scenario: everything up to its `durationMs`. */
  runToEnd(): void {
    if (this.nowMs < this.scenarioValue.durationMs) this.advanceTo(this.scenarioValue.durationMs);
  }

  /** Sends one event from `source` now, as the app's "Send event" buttons do. Returns its id. */
  sendEvent(source: SourceKind): number {
    const id = this.arrive(source, -1).id;
    this.throwFailure();
    return id;
  }

  /**
   * Applies a changed scenario from now on. Environments keep running; new invocations and new
   * environments use the new settings; traffic streams that changed restart from now. The seed and
   * anything already in the past stay as they were.
   */
  reconfigure(scenario: Scenario): void {
    const previous = this.scenarioValue;
    this.scenarioValue = scenario;
    this.platform.reconfigure(scenario);

    const durationChanged = previous.durationMs !== scenario.durationMs;
    const changed: number[] = [];
    for (let index = 0; index < Math.max(previous.traffic.length, scenario.traffic.length); index++) {
      const before = previous.traffic[index];
      const after = scenario.traffic[index];
      if (durationChanged || JSON.stringify(before) !== JSON.stringify(after)) changed.push(index);
    }
    for (const index of changed) {
      const running = this.streams[index];
      if (running?.task) this.scheduler.clearTimeout(running.task);
    }
    this.streams.length = Math.min(this.streams.length, scenario.traffic.length);
    this.startStreams(changed.filter((index) => index < scenario.traffic.length));
  }

  /** Returns what the views read. Cached until the simulation changes or time moves. */
  snapshot(): SimulationSnapshot {
    const version = this.platform.version;
    const cached = this.cachedSnapshot;
    if (cached !== null && cached.version === version && cached.nowMs === this.nowMs) return cached;

    this.cachedSnapshot = {
      nowMs: this.nowMs,
      version,
      durationMs: this.scenarioValue.durationMs,
      environments: this.platform.environments,
      recentInvocations: this.recent,
      metrics: this.liveMetrics(),
    };
    return this.cachedSnapshot;
  }

  /** Finds a recent invocation by id (ids grow in arrival order). */
  invocation(id: number): InvocationView | undefined {
    return findById(this.recent, id);
  }

  /** Finds an environment by id among the live and recently terminated ones. */
  environment(id: number): EnvironmentView | undefined {
    return findById(this.platform.environments, id);
  }

  /** Builds the report of the run so far, as the command-line tool prints it. */
  report(): Report {
    const metrics = this.platform.metrics;
    const now = this.nowMs;
    const averages = metrics.averages(now);
    const started = metrics.coldStarts + metrics.warmStarts;
    const cost = this.platform.cost();

    const report: Report = {
      invocations: metrics.arrivals,
      coldStarts: metrics.coldStarts,
      warmStarts: metrics.warmStarts,
      throttles: metrics.throttles,
      throttlesByCause: { ...metrics.throttlesByCause },
      timeouts: metrics.timeouts,
      errors: metrics.errors,
      completed: metrics.completed,
      inFlight: metrics.inFlight,
      peakConcurrency: metrics.peakConcurrency,
      environmentsCreated: metrics.environmentsCreated,
      coldStartRatio: started > 0 ? metrics.coldStarts / started : 0,
      meanEnvironments: averages.existing,
      meanBusyEnvironments: averages.busy,
      meanIdleEnvironments: averages.idle,
      latencyMs: metrics.latency.summary(),
      billedGbSeconds: metrics.bill.billedGbSeconds,
      costUsd: cost.totalUsd,
      cost,
      durationMs: now,
      seed: this.scenarioValue.seed,
    };
    if (this.recordLimit > 0) report.records = this.records.map(toRecord);
    return report;
  }

  /** Stops every environment and drops everything scheduled. */
  dispose(): void {
    this.platform.dispose();
    this.scheduler.clear();
  }

  /** Rethrows an error raised inside an environment actor; the run cannot be trusted after it. */
  private throwFailure(): void {
    const failure = this.platform.failure;
    if (failure === null) return;
    throw failure instanceof Error ? failure : new Error('An environment actor failed.', { cause: failure });
  }

  private liveMetrics(): LiveMetrics {
    const metrics = this.platform.metrics;
    return {
      arrivals: metrics.arrivals,
      coldStarts: metrics.coldStarts,
      warmStarts: metrics.warmStarts,
      throttles: metrics.throttles,
      throttlesByCause: { ...metrics.throttlesByCause },
      timeouts: metrics.timeouts,
      errors: metrics.errors,
      completed: metrics.completed,
      inFlight: metrics.inFlight,
      concurrency: this.platform.concurrency,
      peakConcurrency: metrics.peakConcurrency,
      concurrencyLimit: this.platform.concurrencyLimit,
      environmentsCreated: metrics.environmentsCreated,
      environments: metrics.environmentCounts(),
      latencyMs: metrics.latency.summary(),
      billedGbSeconds: metrics.bill.billedGbSeconds,
      cost: this.platform.cost(),
    };
  }

  private startStreams(indices: readonly number[]): void {
    const scenario = this.scenarioValue;
    for (const index of indices) {
      const definition = scenario.traffic[index];
      const generator = createArrivalGenerator(
        definition,
        this.nowMs,
        scenario.durationMs,
        this.random.source(`arrivals-${index}`),
      );
      const running: RunningStream = {
        index,
        definition,
        generator,
        task: null,
        fire: () => this.fireStream(running),
      };
      this.streams[index] = running;
      this.scheduleNext(running);
    }
  }

  private fireStream(running: RunningStream): void {
    running.task = null;
    this.arrive(running.definition.source, running.index);
    this.scheduleNext(running);
  }

  private scheduleNext(running: RunningStream): void {
    const next = running.generator.next();
    if (next === undefined) return;
    running.task = this.scheduler.scheduleAt(Math.max(next, this.nowMs), running.fire);
  }

  private arrive(source: SourceKind, streamIndex: number): Invocation {
    const invocation = new Invocation(this.nextInvocationId++, source, streamIndex, this.nowMs);
    this.remember(invocation);
    this.platform.route(invocation);
    return invocation;
  }

  private remember(invocation: Invocation): void {
    // Trim in chunks so keeping the window costs O(1) per arrival on average.
    if (this.recent.length >= 2 * this.recentLimit) this.recent = this.recent.slice(-this.recentLimit);
    this.recent.push(invocation);
    if (this.records.length < this.recordLimit) this.records.push(invocation);
  }
}

/** Binary search over items sorted by ascending id. */
function findById<T extends { readonly id: number }>(items: readonly T[], id: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = items[middle];
    if (candidate.id === id) return candidate;
    if (candidate.id < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function toRecord(invocation: Invocation): InvocationRecord {
  return {
    id: invocation.id,
    source: invocation.source,
    arrivalMs: invocation.arrivalMs,
    outcome: invocation.start,
    status: invocation.status,
    throttleCause: invocation.throttleCause,
    environment: invocation.environmentId,
    startMs: nullIfNaN(invocation.startMs),
    endMs: nullIfNaN(invocation.endMs),
    initMs: invocation.initMs,
    runMs: nullIfNaN(invocation.runMs),
  };
}

/** Runs a scenario to its end and returns the report; with `records`, one record per event. */
export function runScenario(scenario: Scenario, options: { records?: boolean; recordLimit?: number } = {}): Report {
  const recordLimit = options.records ? (options.recordLimit ?? 100_000) : 0;
  const simulation = new Simulation(scenario, { recordLimit, recentLimit: 1 });
  simulation.runToEnd();
  const report = simulation.report();
  simulation.dispose();
  return report;
}
