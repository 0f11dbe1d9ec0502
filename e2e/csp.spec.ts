import { fileURLToPath } from 'node:url';
import { expect, openApp, test as base } from './fixtures';
import { startStaticServer, type StaticServer } from './host/static-server';

/**
 * A strict policy: no inline scripts or styles, no eval, nothing from other origins. frame-ancestors
 * allows any page to embed the app, because course pages on any host may.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');

/** The production build in dist/, served with the policy above by a static server on a free port. */
const test = base.extend<{ appOrigin: string }, { cspServer: StaticServer }>({
  cspServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const root = fileURLToPath(new URL('../dist/', import.meta.url));
      const server = await startStaticServer(root, 0, { 'content-security-policy': POLICY });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  appOrigin: async ({ cspServer }, use) => use(cspServer.origin),
  baseURL: async ({ cspServer }, use) => use(`${cspServer.origin}/`),
});

test.describe('content security policy', () => {
  test('the app plays with no violation', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
      });
    });

    const response = await page.goto('./?preset=steady');
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    await openApp(page, 'preset=steady&speed=20');

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).not.toHaveText('00:00.000');
    await page.getByRole('button', { name: 'Pause' }).click();

    // The lazily loaded views, the workers and the picture export load code and images at run time.
    const analysis = page.getByRole('region', { name: 'Analysis' });
    await analysis.getByRole('button', { name: 'Charts' }).click();
    await expect(page.getByRole('figure', { name: 'Concurrency over time' })).toBeVisible();
    await analysis.getByRole('button', { name: 'Run for an hour or a day' }).click();
    await page.getByRole('button', { name: 'Run for an hour', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Result of 1 h of simulated time' })).toBeVisible({ timeout: 60_000 });
    await analysis.getByRole('button', { name: 'Import traffic' }).click();
    await page.getByRole('button', { name: 'Load sample' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Picture (PNG)' }).click();
    await download;

    expect(violations).toEqual([]);
  });
});
