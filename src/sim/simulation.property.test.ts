import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from './simulation';
import { testScenario } from './test-scenario';
import { SOURCE_KINDS, type DurationSpec, type EnvironmentView, type InvocationRecord, type Scenario, type TrafficStream } from './types';

const durationArbitrary = (maxMs: number): fc.Arbitrary<DurationSpec> =>
  fc.oneof(
    fc.integer({ min: 0, max: maxMs }),
    fc.integer({ min: 1, max: maxMs }).map((meanMs) => ({ dist: 'exponential' as const, meanMs })),
    fc
      .tuple(fc.integer({ min: 0, max: maxMs }), fc.integer({ min: 0, max: maxMs }))
      .map(([a, b]) => ({ dist: 'uniform' as const, minMs: Math.min(a, b), maxMs: Math.max(a, b) })),
    fc
      .tuple(fc.integer({ min: 1, max: maxMs }), fc.integer({ min: 1, max: 4 }))
      .map(([medianMs, spread]) => ({ dist: 'lognormal' as const, medianMs, p99Ms: medianMs * spread })),
  );

/** Options a stream of each source may carry, drawn small so that retries and limits show up. */
const optionsArbitrary = (source: TrafficStream['source']): fc.Arbitrary<TrafficStream['options']> => {
  switch (source) {
    case 'api-gateway':
      return fc.record({ integrationTimeoutMs: fc.integer({ min: 50, max: 29_000 }) });
    case 's3':
    case 'sns':
    case 'schedule':
      return fc.record({
        maximumRetryAttempts: fc.integer({ min: 0, max: 2 }),
        maximumEventAgeMs: fc.integer({ min: 60_000, max: 21_600_000 }),
        onFailure: fc.constantFrom('none' as const, 'dead-letter-queue' as const, 'destination' as const),
      });
    case 'dynamodb-stream':
      return fc.record({
        shards: fc.integer({ min: 1, max: 3 }),
        batchSize: fc.integer({ min: 1, max: 5 }),
        batchWindowMs: fc.constantFrom(0, 500),
        maximumRetryAttempts: fc.integer({ min: -1, max: 3 }),
        bisectBatchOnError: fc.boolean(),
        poisonRecords: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }),
      });
    case 'sqs':
      return fc.record({
        batchSize: fc.integer({ min: 1, max: 5 }),
        visibilityTimeoutMs: fc.integer({ min: 0, max: 20_000 }),
        maxReceiveCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        maximumConcurrency: fc.option(fc.integer({ min: 2, max: 4 }), { nil: null }),
        poisonMessages: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }),
      });
    case 'manual':
      return fc.constant(undefined);
  }
};

/** Streams of every source kind with options, for the properties about source events. */
const sourceStreamArbitrary: fc.Arbitrary<TrafficStream> = fc
  .constantFrom(...SOURCE_KINDS)
  .chain((source) =>
    fc.record({
      source: fc.constant(source),
      pattern: fc.constant('times' as const),
      atMs: fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 10 }),
      options: optionsArbitrary(source),
    }),
  )
  .map((stream) => (stream.options === undefined ? { ...stream, options: undefined } : stream) as TrafficStream);

const streamArbitrary: fc.Arbitrary<TrafficStream> = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 8 }).map((atMs) => ({
    source: 'api-gateway' as const,
    pattern: 'times' as const,
    atMs,
  })),
  fc.record({
    source: fc.constant('sqs' as const),
    pattern: fc.constant('burst' as const),
    count: fc.integer({ min: 1, max: 8 }),
    atMs: fc.integer({ min: 0, max: 40_000 }),
  }),
  fc.record({
    source: fc.constant('s3' as const),
    pattern: fc.constant('poisson' as const),
    ratePerSec: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
  }),
);

/** Small random scenarios: few enough events that no environment's history is trimmed. */
const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    timeoutMs: fc.integer({ min: 1_000, max: 20_000 }),
    initDurationMs: durationArbitrary(14_000),
    runDurationMs: durationArbitrary(8_000),
    errorRate: fc.constantFrom(0, 0.2, 1),
    concurrencyLimit: fc.integer({ min: 1, max: 12 }),
    reservedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    provisionedConcurrency: fc.integer({ min: 0, max: 2 }),
    scaling: fc.constantFrom('standard' as const, 'legacy' as const, 'unlimited' as const),
    legacyBurst: fc.constantFrom(500, 1_000, 3_000),
    idleLifetimeMs: durationArbitrary(20_000),
    reuse: fc.constantFrom('newest' as const, 'most-recent' as const, 'least-recent' as const, 'random' as const),
    traffic: fc.array(fc.oneof(streamArbitrary, sourceStreamArbitrary), { minLength: 1, maxLength: 3 }),
  })
  .map((drawn) => {
    const reserved = drawn.reservedShare === null ? null : Math.floor(drawn.reservedShare * drawn.concurrencyLimit);
    const cap = reserved ?? drawn.concurrencyLimit;
    return testScenario({
      seed: drawn.seed,
      durationMs: 60_000,
      function: {
        timeoutMs: drawn.timeoutMs,
        initDurationMs: drawn.initDurationMs,
        runDurationMs: drawn.runDurationMs,
        errorRate: drawn.errorRate,
      },
      platform: {
        concurrencyLimit: drawn.concurrencyLimit,
        reservedConcurrency: reserved,
        provisionedConcurrency: Math.min(drawn.provisionedConcurrency, cap),
        scaling: drawn.scaling,
        legacyBurst: drawn.legacyBurst,
        idleLifetimeMs: drawn.idleLifetimeMs,
        reuse: drawn.reuse,
      },
      traffic: drawn.traffic,
    });
  });

/** Steps a scenario one moment at a time, checking concurrency after each step. */
function runStepwise(scenario: Scenario): { simulation: Simulation; maxConcurrency: number } {
  const simulation = new Simulation(scenario, { recordLimit: 10_000, recentLimit: 10_000 });
  let maxConcurrency = 0;
  while (simulation.nextEventMs() !== undefined && (simulation.nextEventMs() as number) <= scenario.durationMs) {
    simulation.step();
    maxConcurrency = Math.max(maxConcurrency, simulation.snapshot().metrics.concurrency);
  }
  simulation.runToEnd();
  return { simulation, maxConcurrency };
}

const INVOKING = new Set(['invoking-cold', 'invoking-warm']);

/** Checks one environment's history against the records of the invocations it served. */
function checkEnvironment(environment: EnvironmentView, records: InvocationRecord[]): void {
  const spans = environment.history;

  // A busy environment's oldest spans are dropped; only what the history still covers can be checked.
  const complete = spans[0]?.phase === 'provisioning';
  const coveredFrom = spans[0]?.startMs ?? Infinity;
  const firstInitEnd = complete ? (spans.find((span) => span.phase === 'initializing')?.endMs ?? Infinity) : -Infinity;
  const terminated = spans.find((span) => span.phase === 'terminated')?.startMs ?? Infinity;

  for (const record of records) {
    if (record.startMs === null || record.startMs < coveredFrom) continue;
    const end = record.endMs ?? Infinity;

    // The handler never starts before init ends, nor runs after the environment terminated.
    expect(record.startMs).toBeGreaterThanOrEqual(firstInitEnd);
    expect(end).toBeLessThanOrEqual(terminated);

    // The whole handler run sits inside one invoking span labelled with this invocation.
    const span = spans.find((candidate) => INVOKING.has(candidate.phase) && candidate.invocationId === record.id);
    expect(span).toBeDefined();
    expect(span?.startMs).toBe(record.startMs);
  }

  // One invocation at a time: handler runs on one environment never overlap.
  const runs = records
    .filter((record) => record.startMs !== null)
    .sort((a, b) => (a.startMs as number) - (b.startMs as number));
  for (let index = 1; index < runs.length; index++) {
    expect(runs[index].startMs).toBeGreaterThanOrEqual(runs[index - 1].endMs ?? Infinity);
  }
}

describe('simulation invariants', () => {
  it('ends every arrival exactly once', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const report = runScenario(scenario, { records: true });
        const records = report.records ?? [];

        expect(records).toHaveLength(report.invocations);
        expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
        expect(report.completed + report.errors + report.timeouts + report.throttles + report.inFlight).toBe(
          report.invocations,
        );
        expect(report.coldStarts + report.warmStarts + report.throttles).toBe(report.invocations);

        const byStatus = (status: string) => records.filter((record) => record.status === status).length;
        expect(byStatus('completed')).toBe(report.completed);
        expect(byStatus('error')).toBe(report.errors);
        expect(byStatus('timeout')).toBe(report.timeouts);
        expect(byStatus('throttled')).toBe(report.throttles);
        expect(byStatus('in-flight')).toBe(report.inFlight);
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds the concurrency limit', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { simulation, maxConcurrency } = runStepwise(scenario);
        const limit = scenario.platform.reservedConcurrency ?? scenario.platform.concurrencyLimit;

        expect(maxConcurrency).toBeLessThanOrEqual(limit);
        expect(simulation.report().peakConcurrency).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 100 },
    );
  });

  it('serves one invocation at a time per environment', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { simulation } = runStepwise(scenario);
        const records = simulation.report().records ?? [];

        for (const environment of simulation.snapshot().environments) {
          checkEnvironment(
            environment,
            records.filter((record) => record.environment === environment.id),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('repeats a run byte for byte', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const first = JSON.stringify(runScenario(scenario, { records: true }));
        const second = JSON.stringify(runScenario(structuredClone(scenario), { records: true }));

        expect(second).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same report when stepped or run at once', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const stepped = runStepwise(scenario).simulation.report();
        const direct = runScenario(scenario, { records: true });

        expect(JSON.stringify(stepped)).toBe(JSON.stringify(direct));
      }),
      { numRuns: 40 },
    );
  });

  it('ends every source event at most once, in one final state', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const simulation = new Simulation(scenario, { recordLimit: 10_000 });
        simulation.runToEnd();
        const report = simulation.report();
        const counts = Object.values(report.bySource);
        const sum = (key: 'events' | 'succeeded' | 'deadLettered' | 'sentToDestination' | 'lost') =>
          counts.reduce((total, entry) => total + (entry?.[key] ?? 0), 0);

        const states = new Map<string, number>();
        for (let id = 1; id <= report.events; id++) {
          const event = simulation.event(id);
          expect(event).toBeDefined();
          states.set(event!.state, (states.get(event!.state) ?? 0) + 1);
          const final = event!.state !== 'waiting' && event!.state !== 'in-flight';
          expect(Number.isNaN(event!.endedMs)).toBe(!final);
        }

        expect(sum('events')).toBe(report.events);
        expect(states.get('succeeded') ?? 0).toBe(sum('succeeded'));
        expect(states.get('dead-lettered') ?? 0).toBe(sum('deadLettered'));
        expect(states.get('sent-to-destination') ?? 0).toBe(sum('sentToDestination'));
        expect(states.get('lost') ?? 0).toBe(sum('lost'));
        expect([...states.values()].reduce((total, count) => total + count, 0)).toBe(report.events);
      }),
      { numRuns: 150 },
    );
  });
});
