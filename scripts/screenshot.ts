/**
 * Takes the README's picture, docs/screenshot.png, from the production build: the seed story played
 * to the moment when the third event has been served warm. Run with `npm run screenshot`, which builds
 * the app first, after a change to the layout.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startStaticServer } from '../e2e/host/static-server';
import { chromiumArgs, findChromium } from './chromium.mjs';

/** A common laptop screen, and about what a projector shows. */
const VIEWPORT = { width: 1280, height: 800 };

/** PageUp presses on the position slider: one moves to 3 s, just after the third event ends at about 2.6 s. */
const MOMENT_KEY_PRESSES = 1;

/** Longer than the half second after which the text around the lanes catches up with a seek. */
const TEXT_REFRESH_MS = 700;

const OUTPUT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH.");

  const server = await startStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)));
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(`${server.origin}/?preset=seed-story`);

    // Each PageUp on the position slider moves a tenth of the 30 s run.
    const slider = page.getByRole('slider', { name: 'Position in the run' });
    await slider.focus();
    for (let press = 0; press < MOMENT_KEY_PRESSES; press++) await page.keyboard.press('PageUp');
    await slider.blur();
    await page.getByRole('timer', { name: 'Simulated time' }).filter({ hasNotText: '00:00.000' }).waitFor();

    // The counts above the lanes refresh twice a second, so wait for their next refresh.
    await page.waitForTimeout(TEXT_REFRESH_MS);
    await page.screenshot({ path: OUTPUT });
    console.log(`Wrote ${OUTPUT} (${VIEWPORT.width}×${VIEWPORT.height}).`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
