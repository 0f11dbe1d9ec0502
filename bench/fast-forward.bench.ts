/**
 * A simulated day at 100 requests per second, run as the fast-forward worker runs it: slice by slice
 * through FastForwardRun, recording the timeline. Run with `npm run bench:fast-forward` (Node with
 * --expose-gc). Prints wall time, invocations per second and peak heap, sampled after every slice.
 */
import os from 'node:os';
import { FastForwardRun } from '../src/sim/fast-forward';
import { testScenario } from '../src/sim/test-scenario';

const DAY_MS = 86_400_000;

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => process.memoryUsage().heapUsed / 1_048_576;

/** Poisson arrivals at 100 a second to a Node.js-like function: init about 275 ms, run 100 ms. */
const scenario = testScenario({
  durationMs: DAY_MS,
  function: { runDurationMs: 100, initDurationMs: { dist: 'lognormal', medianMs: 275, p99Ms: 800 } },
  platform: { idleLifetimeMs: 600_000 },
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 100 }],
});

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`);

collectGarbage();
const heapBefore = heapMb();
let peakHeap = heapBefore;
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();

const run = new FastForwardRun(scenario);
let slices = 0;
while (!run.done) {
  run.step();
  slices++;
  const heap = heapMb();
  peakHeap = Math.max(peakHeap, heap);
  // Heap at each quarter of the day: flat figures mean memory does not grow with the run's length.
  if (slices % (run.sliceCount / 4) === 0) console.log(`heap at ${(slices / run.sliceCount) * 24} h       ${heap.toFixed(1)} MB`);
}
const result = run.finish(false);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peakHeap = Math.max(peakHeap, heapMb());

const invocations = result.report.invocations;
console.log(`simulated ${(result.reachedMs / 3_600_000).toFixed(0)} h, ${slices} slices of ${run.sliceMs / 1_000} s`);
console.log(`invocations       ${invocations.toLocaleString('en-US')}`);
console.log(`wall time         ${seconds.toFixed(1)} s (limit 120 s)`);
// On a shared machine wall time includes waiting for a core; CPU time is this process's own work.
console.log(`CPU time          ${cpuSeconds.toFixed(1)} s`);
console.log(`throughput        ${Math.round(invocations / seconds).toLocaleString('en-US')} invocations/s`);
console.log(`heap before       ${heapBefore.toFixed(1)} MB`);
console.log(`peak heap         ${peakHeap.toFixed(1)} MB`);
console.log(`timeline buckets  ${result.timeline.length} of ${result.timeline.bucketMs / 1_000} s`);
if (seconds > 120) process.exitCode = 1;
