/**
 * The `test` every spec uses. It fails a test on any console error, uncaught exception or request
 * that leaves the page's origin, and it aborts such requests. It also fails a test whose final page
 * has a serious or critical accessibility violation that axe-core finds. At the end of each test it saves a
 * screenshot of the viewport under test-results/ as an artifact.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { seriousViolations } from './a11y';

export { expect };

/** Options of the shared `test`. */
export interface FixtureOptions {
  /** Origins besides the app's that a spec may load, such as a host page that embeds the app. */
  extraOrigins: string[];
  /** Console errors a spec causes on purpose, such as a panel failing inside its error boundary. */
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<FixtureOptions>({
  extraOrigins: [[], { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, extraOrigins, allowedConsoleErrors }, use, testInfo) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const allowed = new Set([origin, ...extraOrigins]);

    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`Console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`Uncaught exception: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      // data: and blob: URLs never touch the network.
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (!allowed.has(url.origin)) problems.push(`Request left the origin ${origin}: ${request.url()}`);
    });
    await page.route(
      (url) => !allowed.has(url.origin),
      (route) => route.abort('blockedbyclient'),
    );

    await use(page);

    const screenshot = testInfo.outputPath('screenshot.png');
    // Only the viewport, because a full-page capture draws the sticky playback bar in the wrong place.
    await page.screenshot({ path: screenshot });
    await testInfo.attach('screenshot', { path: screenshot, contentType: 'image/png' });
    expect(problems, 'console errors, exceptions and outside requests').toEqual([]);
    // Every spec's final page state is checked with axe-core; see e2e/a11y.ts for states in between.
    if (!page.isClosed()) {
      expect(await seriousViolations(page), 'serious or critical accessibility violations in the final state').toEqual([]);
    }
  },
});

/** Opens the app with the given query string (without "?") and waits until it is ready. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query}` : './');
  await expect(page.getByRole('heading', { level: 1, name: 'lambda-lanes' })).toBeVisible();
}

/** Returns the figure shown for a live number, such as "Cold starts". */
export function liveNumber(page: Page, label: string) {
  return page.getByRole('region', { name: 'Live numbers' }).getByRole('status', { name: label, exact: true });
}
