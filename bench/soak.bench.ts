/**
 * Soak test of a long workshop session. Run with `npm run bench:soak`, which builds the app first. It
 * serves the production build from a small static server on 127.0.0.1, opens it in headless Chromium, and
 * plays a busy scenario (traffic in waves, with timeouts, errors and throttles) at 1,000x for a
 * simulated 24 hours with the live charts open. It reads the JS heap after a forced garbage
 * collection (Chrome DevTools Protocol `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`)
 * after warm-up, in the middle, near the end and at the end, and the frame rate after warm-up and
 * near the end, at the same phase of the traffic wave.
 *
 * Target: the heap grows by less than 20 MB after warm-up and the frame rate does not drop.
 * BENCH_PORT sets the port of that server (default: a free one).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright';
import { startStaticServer } from '../e2e/host/static-server';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

/** Port of the bench's own server; 0 lets the system pick a free one. */
const PORT = Number(process.env.BENCH_PORT ?? 0);
const DAY_MS = 24 * 60 * 60_000;
const HOUR_MS = 60 * 60_000;
/** Simulated time after which the app counts as warmed up: every window and buffer has filled once. */
const WARM_UP_MS = HOUR_MS;
/** Period of the traffic wave. The frame rate is measured at the same phase of it, early and late. */
const WAVE_MS = 4 * HOUR_MS;
/** Start of the late frame-rate measurement: five waves after warm-up, early enough that the run still plays. */
const LATE_FPS_MS = WARM_UP_MS + 5 * WAVE_MS;
const FPS_WINDOW_MS = 5_000;
/** Wall time the whole day may take; at 1,000x it needs 86 s when the simulation keeps pace. */
const RUN_TIMEOUT_MS = 30 * 60_000;
const HEAP_GROWTH_LIMIT_MB = 20;

/** A day of traffic in waves every four hours, with slow handlers that sometimes time out. */
const SCENARIO = {
  version: 1,
  seed: 7,
  durationMs: DAY_MS,
  name: 'Soak: a busy day',
  description: 'Waves of API traffic around 40 requests per second for 24 hours.',
  function: { runDurationMs: { dist: 'lognormal', medianMs: 300, p99Ms: 4_000 }, timeoutMs: 3_000, errorRate: 0.02 },
  platform: { concurrencyLimit: 60 },
  traffic: [
    { source: 'api-gateway', pattern: 'periodic', meanPerSec: 40, amplitudePerSec: 35, periodMs: WAVE_MS },
    { source: 'sqs', pattern: 'poisson', ratePerSec: 2 },
  ],
};

interface Reading {
  label: string;
  simulatedMs: number;
  wallSeconds: number;
  heapMb: number;
}

/** Reads the simulated clock, written `mm:ss.mmm` or `h:mm:ss.mmm`, in milliseconds. */
async function simulatedMs(page: Page): Promise<number> {
  const text = (await page.getByRole('timer', { name: 'Simulated time' }).textContent()) ?? '';
  const parts = text.split(':').map(Number);
  const [hours, minutes, seconds] = parts.length === 3 ? parts : [0, ...parts];
  return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

async function waitForSimulated(page: Page, targetMs: number): Promise<void> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while ((await simulatedMs(page)) < targetMs) {
    if (Date.now() > deadline) throw new Error(`the run did not reach ${targetMs / HOUR_MS} h within ${RUN_TIMEOUT_MS / 60_000} min`);
    await page.waitForTimeout(1_000);
  }
}

/** Returns the used JS heap in MB after a forced garbage collection. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Returns the median frames per second over FPS_WINDOW_MS. The script is a string, because tsx rewrites named functions. */
async function medianFps(page: Page): Promise<number> {
  const script = `new Promise((resolve) => {
    const times = [];
    const tick = (time) => {
      times.push(time);
      if (time - times[0] < ${FPS_WINDOW_MS}) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  })`;
  const times = await page.evaluate<number[]>(script);
  const intervals = times.slice(1).map((time, index) => time - times[index]).sort((a, b) => a - b);
  return 1000 / intervals[Math.floor(intervals.length / 2)];
}

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH.");

  const server = await startStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)), PORT);
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const query = new URLSearchParams({ scenario: JSON.stringify(SCENARIO), speed: '1000' });
    await page.goto(`${server.origin}/?${query.toString()}`);
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Charts' }).click();
    await page.getByRole('figure', { name: 'Concurrency over time' }).waitFor();
    const cdp = await page.context().newCDPSession(page);

    const started = performance.now();
    const readings: Reading[] = [];
    const read = async (label: string) => {
      const reading = { label, simulatedMs: await simulatedMs(page), wallSeconds: (performance.now() - started) / 1000, heapMb: await heapMb(cdp) };
      readings.push(reading);
      console.log(`${label}: ${(reading.simulatedMs / HOUR_MS).toFixed(2)} h simulated after ${reading.wallSeconds.toFixed(0)} s, heap ${reading.heapMb.toFixed(1)} MB`);
    };

    await read('before play');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForSimulated(page, WARM_UP_MS);
    await read('start (after 1 h warm-up)');
    const startFps = await medianFps(page);
    await waitForSimulated(page, DAY_MS / 2);
    await read('middle');
    await waitForSimulated(page, LATE_FPS_MS);
    const endFps = await medianFps(page);
    await read('near the end');
    // The run pauses itself at 24 h; the last reading is of the finished day.
    await page.getByRole('button', { name: 'Play again from the start' }).waitFor({ timeout: RUN_TIMEOUT_MS });
    await read('end');

    const start = readings[1];
    const end = readings[readings.length - 1];
    const growth = end.heapMb - start.heapMb;
    const nearEnd = readings[readings.length - 2];
    const pace = (nearEnd.simulatedMs - start.simulatedMs) / 1000 / (nearEnd.wallSeconds - start.wallSeconds);
    console.log('');
    console.log(`Chromium ${browser.version()} (${found.origin}), headless, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
    console.log('| Reading | Simulated time | Wall time | JS heap after GC |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const reading of readings) {
      console.log(`| ${reading.label} | ${(reading.simulatedMs / HOUR_MS).toFixed(1)} h | ${reading.wallSeconds.toFixed(0)} s | ${reading.heapMb.toFixed(1)} MB |`);
    }
    console.log('');
    console.log(`Heap growth after warm-up: ${growth.toFixed(1)} MB (target under ${HEAP_GROWTH_LIMIT_MB} MB)`);
    console.log(`Median frame rate: ${startFps.toFixed(1)} fps after warm-up, ${endFps.toFixed(1)} fps near the end`);
    console.log(`Average speed reached after warm-up: ${pace.toFixed(0)}x of 1,000x`);
    if (growth >= HEAP_GROWTH_LIMIT_MB || endFps < startFps * 0.9) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
