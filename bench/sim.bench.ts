/**
 * Simulation throughput and memory. Run with `npm run bench:sim` (Node with --expose-gc, so each case
 * starts from a collected heap). Prints invocations simulated per wall-clock second, the peak heap
 * sampled during the run (garbage not yet collected included) and the heap retained at the end, then
 * the bytes allocated per invocation. `bench/xstate-floor.bench.ts`, run after it, measures XState alone.
 */
import os from 'node:os';
import { Simulation, type SimulationOptions } from '../src/sim/simulation';
import { testScenario } from '../src/sim/test-scenario';
import type { Scenario } from '../src/sim/types';
import { measureAllocation } from './allocation';

/** Options of the command-line tool and the fast-forward worker, which keep no recent invocations. */
const HEADLESS: SimulationOptions = { recentLimit: 1 };
/** Options of the app, whose views read the latest 2,000 invocations. */
const WITH_VIEWS: SimulationOptions = {};

interface CaseResult {
  name: string;
  invocations: number;
  seconds: number;
  perSecond: number;
  peakHeapMb: number;
  /** Heap after a forced collection at the end of the run: what the simulation really keeps. */
  retainedHeapMb: number;
  peakConcurrency: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => process.memoryUsage().heapUsed / 1_048_576;

/**
 * Runs `scenario` to its end in 100 slices, sampling the heap after each slice. With `warmUpMs`, the
 * run first goes that far untimed, so the figure leaves out building the fleet of environments.
 */
function measure(name: string, scenario: Scenario, warmUpMs = 0, options = HEADLESS): CaseResult {
  collectGarbage();
  const simulation = new Simulation(scenario, options);
  // Advancing to 0 would already run events due at 0, such as a burst, outside the timed part.
  if (warmUpMs > 0) simulation.advanceTo(warmUpMs);
  const invocationsBefore = simulation.snapshot().metrics.invocations;
  let peak = heapMb();

  const started = process.hrtime.bigint();
  const slices = 100;
  for (let slice = 1; slice <= slices; slice++) {
    simulation.advanceTo(warmUpMs + ((scenario.durationMs - warmUpMs) * slice) / slices);
    peak = Math.max(peak, heapMb());
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = simulation.report();
  collectGarbage();
  const retainedHeapMb = heapMb();
  simulation.dispose();
  const invocations = report.invocations - invocationsBefore;

  return {
    name,
    invocations,
    seconds,
    perSecond: invocations / seconds,
    peakHeapMb: peak,
    retainedHeapMb,
    peakConcurrency: report.peakConcurrency,
  };
}

const poissonHour = testScenario({
  durationMs: 3_600_000,
  function: { runDurationMs: 100, initDurationMs: { dist: 'lognormal', medianMs: 275, p99Ms: 800 } },
  platform: { idleLifetimeMs: 600_000 },
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 100 }],
});

const burst10k = testScenario({
  durationMs: 60_000,
  function: { runDurationMs: 1_000 },
  platform: { concurrencyLimit: 10_000, scaling: 'unlimited' },
  traffic: [{ source: 'manual', pattern: 'burst', count: 10_000, atMs: 0 }],
});

/**
 * About `busy` environments running at once: arrivals at `busy` a second, each running 1 s, for
 * `invocations` arrivals after `warmUpMs`.
 */
function steadyBusy(busy: number, invocations: number, warmUpMs = 0): Scenario {
  return testScenario({
    durationMs: warmUpMs + (invocations / busy) * 1_000,
    function: { runDurationMs: 1_000 },
    platform: { concurrencyLimit: 100_000, scaling: 'unlimited' },
    // A synchronous source: one event is one invocation, with no poller limiting concurrency.
    traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: busy }],
  });
}

function print(result: CaseResult): void {
  console.log(
    [
      result.name.padEnd(44),
      `${result.invocations.toLocaleString('en-US').padStart(9)} invocations`,
      `${result.seconds.toFixed(2).padStart(6)} s`,
      `${Math.round(result.perSecond).toLocaleString('en-US').padStart(9)} /s`,
      `${(1e6 / result.perSecond).toFixed(2).padStart(6)} µs each`,
      `peak heap ${result.peakHeapMb.toFixed(1).padStart(6)} MB`,
      `retained ${result.retainedHeapMb.toFixed(1).padStart(6)} MB`,
      `peak concurrency ${result.peakConcurrency}`,
    ].join('  '),
  );
}

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`);

// A first, unrecorded pass lets the JIT compile the hot paths, as in any long-running use.
measure('warm-up', steadyBusy(100, 100_000));

console.log('\nRequired cases');
print(measure('(a) Poisson 100/s, run 100 ms, 1 hour', poissonHour));
print(measure('(a) again, keeping what the app\'s views read', poissonHour, 0, WITH_VIEWS));
print(measure('(b) burst of 10,000, limit 10,000', burst10k));
print(measure('(c) 1,000 busy environments, steady', steadyBusy(1_000, 600_000)));

// The fleet is built in the first 20 simulated seconds, untimed, so these rows show routing cost alone.
console.log('\nCost per invocation as concurrency grows (200,000 invocations each, fleet already running)');
const warmUpMs = 20_000;
for (const busy of [10, 100, 1_000, 10_000]) {
  const name = `${busy.toLocaleString('en-US')} busy environments`;
  print(measure(name, steadyBusy(busy, 200_000, warmUpMs), warmUpMs));
}

// Ten simulated minutes of case (a) under the sampling heap profiler, which slows it, so untimed.
const tenMinutes: Scenario = { ...poissonHour, durationMs: 600_000 };
let sampledInvocations = 0;
const allocation = await measureAllocation(() => {
  const simulation = new Simulation(tenMinutes, HEADLESS);
  simulation.runToEnd();
  sampledInvocations = simulation.report().invocations;
  simulation.dispose();
});
const kilobytesEach = (bytes: number) => (bytes / sampledInvocations / 1_024).toFixed(1);
console.log('\nAllocated per invocation in case (a), garbage included (sampled over 10 simulated minutes)');
console.log(
  `${kilobytesEach(allocation.totalBytes)} KB in all, ${kilobytesEach(allocation.xstateBytes)} KB of it in XState's code`,
);

