/**
 * Rendering speed of the lanes while many environments are busy. Run with `npm run bench:render`,
 * which builds the app first. It serves the production build from a small static server on 127.0.0.1 and
 * opens it in headless Chromium with a burst of N events that each run for 10 minutes. Once the fleet
 * is busy, it records requestAnimationFrame intervals for about 5 s and prints the median frames per
 * second and the 95th percentile frame time for each N. Frame rate alone stops at the display's 60 Hz, so it
 * also prints the share of that time the page's main thread was busy (Chrome's TaskDuration), which
 * shows how much headroom is left.
 *
 * BENCH_PORT sets the port of that server (default: a free one). BENCH_URL measures an app already
 * served at that address instead of starting a server.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright';
import { startStaticServer } from '../e2e/host/static-server';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

/** Port of the bench's own server; 0 lets the system pick a free one. */
const PORT = Number(process.env.BENCH_PORT ?? 0);
const CASES = [50, 1_000, 10_000];
const MEASURE_MS = 5_000;
const SETTLE_MS = 2_000;
/** Building 10,000 environments takes a while on two cores, so the wait for the fleet is generous. */
const FLEET_TIMEOUT_MS = 180_000;

interface CaseResult {
  environments: number;
  frames: number;
  medianFps: number;
  p95FrameMs: number;
  /** Share of the measured wall time the renderer's main thread spent running tasks. */
  busyShare: number;
}

/** Returns a scenario that keeps `count` environments busy for the whole measurement. */
function busyScenario(count: number): object {
  return {
    version: 1,
    seed: 1,
    durationMs: 900_000,
    name: `${count} busy environments`,
    description: `A burst of ${count} events at once, each running for 10 minutes.`,
    function: { runDurationMs: { dist: 'constant', ms: 600_000 }, timeoutMs: 900_000 },
    platform: { concurrencyLimit: Math.max(10_000, count), scaling: 'unlimited' },
    traffic: [{ source: 'api-gateway', pattern: 'burst', count, atMs: 0 }],
  };
}

/**
 * Records requestAnimationFrame timestamps in the page for `durationMs`. The page script is a string
 * because tsx wraps named functions in a helper that does not exist inside the page.
 */
async function recordFrames(page: Page, durationMs: number): Promise<number[]> {
  const script = `new Promise((resolve) => {
    const times = [];
    const tick = (time) => {
      times.push(time);
      if (time - times[0] < ${durationMs}) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  })`;
  return page.evaluate<number[]>(script);
}

/** Returns the seconds the page's main thread has spent running tasks so far. */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index];
}

async function measureCase(page: Page, origin: string, count: number): Promise<CaseResult> {
  const query = `scenario=${encodeURIComponent(JSON.stringify(busyScenario(count)))}&autoplay=1&speed=1`;
  await page.goto(`${origin}/?${query}`);
  await page.locator('.lanes-canvas').waitFor({ timeout: 30_000 });
  // The counts by state above the lanes show how many environments are busy.
  const busy = `${count.toLocaleString('en-US')} busy`;
  await page.locator('.lanes-summary').getByText(busy, { exact: true }).waitFor({ timeout: FLEET_TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await taskSeconds(cdp);
  const wallBefore = performance.now();
  const times = await recordFrames(page, MEASURE_MS);
  const busySeconds = (await taskSeconds(cdp)) - before;
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  await cdp.detach();

  const intervals = times.slice(1).map((time, index) => time - times[index]);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    environments: count,
    frames: intervals.length,
    medianFps: 1000 / percentile(sorted, 0.5),
    p95FrameMs: percentile(sorted, 0.95),
    busyShare: busySeconds / wallSeconds,
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)} %`;
}

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium package or set CHROMIUM_PATH.');

  const externalOrigin = process.env.BENCH_URL?.replace(/\/$/, '');
  const server = externalOrigin ? null : await startStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)), PORT);
  const origin = externalOrigin ?? server?.origin ?? '';
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const results: CaseResult[] = [];
    for (const count of CASES) {
      const result = await measureCase(page, origin, count);
      results.push(result);
      console.log(
        `${String(count).padStart(6)} busy: median ${result.medianFps.toFixed(1)} fps, p95 frame ${result.p95FrameMs.toFixed(1)} ms, main thread busy ${percent(result.busyShare)} (${result.frames} frames)`,
      );
    }

    console.log('');
    console.log(`Chromium ${browser.version()} (${found.origin}), headless, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
    console.log('| Busy environments | Median fps | p95 frame time | Main thread busy |');
    console.log('| ---: | ---: | ---: | ---: |');
    for (const result of results) {
      const environments = result.environments.toLocaleString('en-US');
      console.log(`| ${environments} | ${result.medianFps.toFixed(1)} | ${result.p95FrameMs.toFixed(1)} ms | ${percent(result.busyShare)} |`);
    }
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
