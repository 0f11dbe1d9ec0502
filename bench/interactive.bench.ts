/**
 * Time to interactive of the production build. Run with `npm run bench:interactive`, which builds the
 * app first. It serves dist/ from a small static server on 127.0.0.1 and loads the page in headless
 * Chromium, each run in a fresh browser context (so nothing is cached). A script injected before the
 * page's own code waits for the Play button, clicks it and waits for the Pause button that replaces
 * it. After the next animation frame it reports performance.now(): milliseconds from navigation start
 * until the page handled a click and drew a frame. Polling on animation frames gives one-frame (about
 * 17 ms) resolution.
 *
 * It prints the median, minimum and maximum of RUNS runs for the full app and for an embed.
 * BENCH_RUNS sets the number of runs (default 9).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { startStaticServer } from '../e2e/host/static-server';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGES = [
  { name: 'full app', query: '?preset=seed-story' },
  { name: 'embed', query: '?embed=1&preset=seed-story' },
];

/**
 * Runs in the page before its scripts and sets `window.__interactiveMs` as described above. It is a
 * string, not a function, because tsx would add helpers to a function that the page does not have.
 */
const MEASURE_IN_PAGE = `
  const findButton = (text) =>
    [...document.querySelectorAll('button')].find((button) => button.textContent.trim().endsWith(text));
  window.__interactiveMs = new Promise((resolve) => {
    const waitForPause = () => {
      if (findButton('Pause')) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(waitForPause);
    };
    const waitForPlay = () => {
      const play = findButton('Play');
      if (!play) {
        requestAnimationFrame(waitForPlay);
        return;
      }
      play.click();
      waitForPause();
    };
    requestAnimationFrame(waitForPlay);
  });
`;

async function measure(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(MEASURE_IN_PAGE);
  await page.goto(url, { waitUntil: 'commit' });
  const interactiveMs = await page.evaluate('window.__interactiveMs');
  await context.close();
  if (typeof interactiveMs !== 'number') throw new Error(`The page at ${url} reported no time.`);
  return interactiveMs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const chromiumPath = findChromium()?.path;
  if (!chromiumPath) throw new Error('No Chromium found. Install Debian\'s "chromium" package or set CHROMIUM_PATH.');

  const server = await startStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; ${RUNS} runs each, fresh context per run.`);
    // One run first, so that starting the browser's processes is not counted in the first result.
    await measure(browser, `${server.origin}/`);
    for (const { name, query } of PAGES) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await measure(browser, `${server.origin}/${query}`));
      const format = (ms: number) => `${Math.round(ms)} ms`;
      console.log(`${name.padEnd(9)} median ${format(median(times))}, min ${format(Math.min(...times))}, max ${format(Math.max(...times))}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
