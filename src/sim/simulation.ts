import { Platform } from './platform';
import { RandomStreams } from './random';
import type { Invocation, SourceEvent } from './records';
import { Scheduler, type ScheduledTask } from './scheduler';
import { createSource } from './sources/create-source';
import { emptyCounts, type SourceAdapter, type SourceHost } from './sources/source-adapter';
import { StreamSource } from './sources/stream-source';
import { createArrivalGenerator, type ArrivalGenerator } from './traffic';
import type {
  EnvironmentView,
  InvocationRecord,
  InvocationView,
  LiveMetrics,
  Report,
  Scenario,
  SimulationSnapshot,
  SourceCounts,
  SourceEventView,
  SourceKind,
  TrafficStream,
} from './types';

export interface SimulationOptions {
  /** Per-invocation records kept for `report()`; 0 keeps none. */
  recordLimit?: number;
  /** Recent arrivals kept for the views and the inspector (default 2,000). */
  recentLimit?: number;
}

/** One traffic stream while it runs: its generator, its source and the task of its next arrival. */
interface RunningStream {
  readonly index: number;
  readonly definition: TrafficStream;
  readonly generator: ArrivalGenerator;
  readonly adapter: SourceAdapter;
  task: ScheduledTask | null;
  /** Created once per stream, so scheduling an arrival allocates no closure. */
  readonly fire: () => void;
}

/** Source events kept for lookup by id; older ones are dropped in chunks. */
const EVENTS_KEPT = 5_000;

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
  /** Adapters for events sent by hand of a kind no traffic stream has. */
  private readonly manualSources = new Map<SourceKind, SourceAdapter>();
  private sourceList: SourceAdapter[] = [];
  private nextInvocationId = 1;
  private nextEventId = 1;
  private recent: Invocation[] = [];
  private events: SourceEvent[] = [];
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
    this.sourceHost = {
      scheduler: this.scheduler,
      platform: this.platform,
      nextEventId: () => this.nextEventId++,
      nextInvocationId: () => this.nextInvocationId++,
      rememberInvocation: (invocation) => this.remember(invocation),
      rememberEvent: (event) => this.rememberEvent(event),
    };
    this.startStreams(scenario.traffic.map((_, index) => index));
  }

  private readonly sourceHost: SourceHost;

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

  /**
   * Sends one event from `source` now, as the app's "Send event" buttons do, through the first traffic
   * stream of that source (so it gets that stream's options) or a source with default options.
   * Returns the event's id.
   */
  sendEvent(source: SourceKind): number {
    const adapter = this.streams.find((stream) => stream?.definition.source === source)?.adapter ?? this.manualSource(source);
    const id = adapter.accept().id;
    this.platform.version++;
    this.throwFailure();
    return id;
  }

  /**
   * Makes every processing of the event throw from now on, as if its payload were bad. An invocation
   * already running with it throws when its handler ends. Returns false when the event is not known.
   */
  failEvent(id: number): boolean {
    const event = findById(this.events, id);
    if (event === undefined) return false;
    event.poison = true;
    const running = event.lastInvocationId === null ? undefined : findById(this.recent, event.lastInvocationId);
    if (running !== undefined && running.status === 'in-flight') running.throws = true;
    this.platform.version++;
    return true;
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
    for (const removed of this.streams.slice(scenario.traffic.length)) removed?.adapter.retire();
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
      sources: this.sourceList,
      metrics: this.liveMetrics(),
    };
    return this.cachedSnapshot;
  }

  /** Finds a recent invocation by id (ids grow in the order invocations start). */
  invocation(id: number): InvocationView | undefined {
    return findById(this.recent, id);
  }

  /** Finds a recent source event by id. */
  event(id: number): SourceEventView | undefined {
    return findById(this.events, id);
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
    const bySource = this.countsBySource();
    const totals = sumCounts(Object.values(bySource));

    const report: Report = {
      invocations: metrics.invocations,
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
      events: totals.events,
      retries: totals.retries,
      gatewayTimeouts: totals.gatewayTimeouts,
      deadLettered: totals.deadLettered,
      sentToDestination: totals.sentToDestination,
      lost: totals.lost,
      duplicates: totals.duplicates,
      maxQueueDepth: totals.maxQueueDepth,
      maxIteratorAgeMs: totals.maxIteratorAgeMs,
      bySource,
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
    let arrivals = 0;
    for (const source of this.sourceList) arrivals += source.counts.events;
    return {
      arrivals,
      invocations: metrics.invocations,
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

  /** Sums each source's counts by source kind, with current iterator ages included. */
  private countsBySource(): Partial<Record<SourceKind, SourceCounts>> {
    const bySource: Partial<Record<SourceKind, SourceCounts>> = {};
    for (const adapter of this.sourceList) {
      if (adapter instanceof StreamSource) adapter.maxIteratorAgeMs();
      const existing = bySource[adapter.source];
      bySource[adapter.source] = existing === undefined ? { ...adapter.counts } : sumCounts([existing, adapter.counts]);
    }
    return bySource;
  }

  private manualSource(source: SourceKind): SourceAdapter {
    let adapter = this.manualSources.get(source);
    if (adapter === undefined) {
      adapter = createSource(this.sourceHost, -1, source, null);
      this.manualSources.set(source, adapter);
      this.refreshSourceList();
    }
    return adapter;
  }

  private refreshSourceList(): void {
    const fromStreams = this.streams.filter((stream) => stream !== undefined).map((stream) => stream.adapter);
    this.sourceList = [...fromStreams, ...this.manualSources.values()];
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

      const adapter = this.adapterFor(index, definition);

      const running: RunningStream = {
        index,
        definition,
        generator,
        adapter,
        task: null,
        fire: () => this.fireStream(running),
      };
      this.streams[index] = running;
      this.scheduleNext(running);
    }
    this.refreshSourceList();
  }

  /**
   * Returns the adapter of the stream at `index`: the one it had, with its queue and shard positions,
   * under the new options, or a new one when the source kind or a stream's shard count changed.
   */
  private adapterFor(index: number, definition: TrafficStream): SourceAdapter {
    const previous = this.streams[index]?.adapter;
    const options = definition.options ?? {};
    if (previous !== undefined && previous.source === definition.source && previous.canConfigure(options)) {
      previous.label = definition.label ?? definition.source;
      previous.configure(options);
      return previous;
    }
    previous?.retire();
    return createSource(this.sourceHost, index, definition.source, definition);
  }

  private fireStream(running: RunningStream): void {
    running.task = null;
    running.adapter.accept();
    this.scheduleNext(running);
  }

  private scheduleNext(running: RunningStream): void {
    const next = running.generator.next();
    if (next === undefined) return;
    running.task = this.scheduler.scheduleAt(Math.max(next, this.nowMs), running.fire);
  }

  private rememberEvent(event: SourceEvent): void {
    if (this.events.length >= 2 * EVENTS_KEPT) this.events = this.events.slice(-EVENTS_KEPT);
    this.events.push(event);
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
    attempt: invocation.attempt,
    events: invocation.events.map((event) => event.id),
    statusCode: invocation.events.length === 1 ? (invocation.events[0].response?.statusCode ?? null) : null,
  };
}

/** Adds up source counts; maxima take the largest value. */
function sumCounts(list: readonly SourceCounts[]): SourceCounts {
  const total = emptyCounts();
  for (const counts of list) {
    for (const key of Object.keys(total) as (keyof SourceCounts)[]) {
      total[key] = key.startsWith('max') ? Math.max(total[key], counts[key]) : total[key] + counts[key];
    }
  }
  return total;
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
