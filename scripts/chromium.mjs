// Locates a Chromium for Playwright. Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, then the
// browser that Playwright's own installer may have put in its cache.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Flags for a headless Chromium on a machine with no GPU and no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Returns the path of Playwright's own Chromium build, or undefined when it is not installed. */
function playwrightChromium() {
  try {
    const { chromium } = require('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a Chromium executable and says where it came from.
 * @returns {{ path: string, origin: string } | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv, origin: 'CHROMIUM_PATH' } : undefined;
  }

  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', origin: 'Debian package' };

  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, origin: "Playwright's installer" };

  return undefined;
}
