/**
 * Writes the sample traffic traces in public/traces/. They are synthetic, made for this project, and
 * deterministic: the same script always writes the same bytes. Run with `npx tsx scripts/make-traces.ts`.
 *
 * - daily-cycle.csv: per-minute counts of one day in the Azure Functions 2019 layout, three functions.
 * - batch-jobs.csv: arrival times in milliseconds with a source column, batch jobs every 15 minutes.
 * - launch-day.csv: arrival times as ISO-8601 dates, a product launch that spikes and decays.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RandomStreams, type RandomSource } from '../src/sim/random';

const OUTPUT = join(import.meta.dirname, '..', 'public', 'traces');
const MINUTES_PER_DAY = 1_440;

/** Draws a Poisson count with mean `mean` (Knuth's method for small means, a normal approximation above 50). */
function poissonCount(mean: number, random: RandomSource): number {
  if (mean <= 0) return 0;
  if (mean > 50) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

/** Returns Poisson arrival times in ms from `startMs` to `endMs` at `ratePerSecAt(t)`, by thinning. */
function poissonTimes(ratePerSecAt: (timeMs: number) => number, maxPerSec: number, startMs: number, endMs: number, random: RandomSource): number[] {
  const times: number[] = [];
  for (let time = startMs; ; ) {
    time += (-Math.log(1 - random()) / maxPerSec) * 1_000;
    if (time >= endMs) return times;
    if (random() * maxPerSec < ratePerSecAt(time)) times.push(time);
  }
}

/** Builds a day of three functions: a web API with a daytime peak, a queue worker that follows it, a timer. */
function dailyCycle(random: RandomSource): string {
  const header = ['HashOwner', 'HashApp', 'HashFunction', 'Trigger', ...Array.from({ length: MINUTES_PER_DAY }, (_, minute) => String(minute + 1))];
  const rows: string[][] = [];

  // Requests per minute peak at 14:00 and bottom out at 02:00.
  const api = (minute: number) => 900 + 700 * Math.cos((2 * Math.PI * (minute - 14 * 60)) / MINUTES_PER_DAY);
  rows.push(['owner-shop', 'app-storefront', 'fn-product-api', 'http', ...Array.from({ length: MINUTES_PER_DAY }, (_, minute) => String(poissonCount(api(minute), random)))]);

  // Orders are about a tenth of the page views, a few minutes later.
  rows.push(['owner-shop', 'app-orders', 'fn-order-worker', 'queue', ...Array.from({ length: MINUTES_PER_DAY }, (_, minute) => String(poissonCount(api(minute - 5) / 10, random)))]);

  // A report every 15 minutes.
  rows.push(['owner-shop', 'app-reports', 'fn-stock-report', 'timer', ...Array.from({ length: MINUTES_PER_DAY }, (_, minute) => (minute % 15 === 0 ? '1' : '0'))]);

  return [header, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

/** Builds four hours of image uploads in batches every 15 minutes, with a light trickle of queue messages. */
function batchJobs(random: RandomSource): string {
  const hoursMs = 4 * 3_600_000;
  const lines: [number, string][] = [];

  for (let batchMs = 60_000; batchMs < hoursMs; batchMs += 15 * 60_000) {
    // Each batch uploads 150 to 600 objects within about 20 s.
    const size = 150 + Math.floor(random() * 450);
    for (let index = 0; index < size; index++) lines.push([batchMs + random() * 20_000, 's3']);
  }
  for (const time of poissonTimes(() => 0.2, 0.2, 0, hoursMs, random)) lines.push([time, 'sqs']);

  lines.sort((a, b) => a[0] - b[0]);
  return 'atMs,source\n' + lines.map(([time, source]) => `${Math.round(time)},${source}`).join('\n') + '\n';
}

/** Builds one hour around a launch at 10:15 UTC: 0.3 requests a second, a jump to 13, then a slow decay to 1. */
function launchDay(random: RandomSource): string {
  const startMs = Date.UTC(2026, 2, 3, 10, 0, 0);
  const launchMs = 15 * 60_000;
  const rate = (timeMs: number) => {
    if (timeMs < launchMs) return 0.3;
    const sinceLaunchMin = (timeMs - launchMs) / 60_000;
    return 1 + 12 * Math.exp(-sinceLaunchMin / 8);
  };
  const times = poissonTimes(rate, 13, 0, 3_600_000, random);
  return 'timestamp\n' + times.map((time) => new Date(startMs + Math.round(time)).toISOString()).join('\n') + '\n';
}

const random = new RandomStreams(20_260_303);
mkdirSync(OUTPUT, { recursive: true });
const files: [string, string][] = [
  ['daily-cycle.csv', dailyCycle(random.source('daily-cycle'))],
  ['batch-jobs.csv', batchJobs(random.source('batch-jobs'))],
  ['launch-day.csv', launchDay(random.source('launch-day'))],
];
for (const [name, text] of files) {
  writeFileSync(join(OUTPUT, name), text);
  console.log(`${name}: ${(text.length / 1_024).toFixed(0)} KB, ${text.split('\n').length - 2} data rows`);
}
