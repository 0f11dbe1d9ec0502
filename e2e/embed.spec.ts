import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, FrameLocator, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { startStaticServer, type StaticServer } from './host/static-server';

const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}/`;
const PROTOCOL = 'lambda-lanes/1';

/**
 * The host page runs on a second origin: a static server on 127.0.0.1 at a free port, started once
 * per worker. Its origin is added to the origins the shared fixture lets the page load.
 */
const test = base.extend<{ hostOrigin: string }, { hostServer: StaticServer }>({
  hostServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const server = await startStaticServer(fileURLToPath(new URL('./host/', import.meta.url)));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  hostOrigin: async ({ hostServer }, use) => use(hostServer.origin),
  extraOrigins: async ({ hostServer }, use) => use([hostServer.origin]),
});

/**
 * Opens the sample host page with the app embedded at `appQuery` and waits for the app. The app
 * posts only to the origins in its allow= list, so a host left out of it never hears `ready`.
 */
async function openHost(page: Page, host: string, appQuery: string, hostAllowed = true): Promise<FrameLocator> {
  await page.goto(`${host}/index.html?app=${encodeURIComponent(`${APP}?${appQuery}`)}`);
  const frame = page.frameLocator('#lanes');
  await expect(frame.getByRole('timer', { name: 'Simulated time' })).toBeVisible();
  if (hostAllowed) {
    await expect(page.getByRole('list', { name: 'Messages from the app' }).locator('[data-type="ready"]')).toHaveCount(1);
  }
  return frame;
}

function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/** Posts a message from the host page into the frame, as a script on that page could. */
async function postFromHost(page: Page, data: unknown) {
  await page.evaluate(
    ([message, origin]) => (document.getElementById('lanes') as HTMLIFrameElement).contentWindow?.postMessage(message, origin),
    [data, new URL(APP).origin] as const,
  );
}

test.describe('embed', () => {
  test('host page drives the embed', async ({ page, hostOrigin }) => {
    const frame = await openHost(page, hostOrigin, `embed=1&preset=seed-story&allow=${hostOrigin}`);
    const log = page.getByRole('list', { name: 'Messages from the app' });

    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect.poll(async () => (await page.locator('#lanes').boundingBox())?.height ?? 0).toBeGreaterThan(400);
    await expect(log.locator('[data-type="height"]').first()).toHaveText(/^height \d+$/);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.getByRole('button', { name: 'Speed 10×' }).click();
    await expect(frame.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', '10×');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Load the spike preset' }).click();
    await expect(log).toContainText('preset spike');
    await page.getByRole('button', { name: 'Load my scenario' }).click();
    await expect(log).toContainText('preset none');
    await expect(frame.getByRole('timer', { name: 'Simulated time' })).toHaveText('00:00.000');
  });

  test('commands from an origin not allowed are ignored', async ({ page, hostOrigin }) => {
    const warnings = collectWarnings(page);
    const frame = await openHost(page, hostOrigin, 'embed=1&allow=https://course.example', false);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => warnings.join('\n')).toContain(`ignored a message from ${hostOrigin}`);
    await page.waitForTimeout(300);
    await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(frame.getByRole('timer', { name: 'Simulated time' })).toHaveText('00:00.000');
  });

  test('malformed commands are ignored', async ({ page, hostOrigin }) => {
    const warnings = collectWarnings(page);
    const frame = await openHost(page, hostOrigin, `embed=1&allow=${hostOrigin}`);

    const malformed = [
      'play',
      { type: 'play' },
      { protocol: PROTOCOL, type: 'play', then: 'alert(1)' },
      { protocol: PROTOCOL, type: 'set-speed', speed: 1e9 },
      { protocol: PROTOCOL, type: 'load-preset', preset: 'constructor' },
      { protocol: PROTOCOL, type: 'format-disk' },
    ];
    for (const data of malformed) await postFromHost(page, data);
    await expect.poll(() => warnings.filter((text) => text.includes('ignored an invalid command')).length).toBe(malformed.length);

    await postFromHost(page, { protocol: PROTOCOL, type: 'load-scenario', scenario: { version: 1, durationMs: -5 } });
    await expect(page.getByRole('list', { name: 'Messages from the app' })).toContainText('rejected load-scenario: durationMs');

    await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(frame.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', '1×');
    await expect(frame.getByRole('timer', { name: 'Simulated time' })).toHaveText('00:00.000');
  });

  test('address chooses the parts shown', async ({ page }) => {
    await page.goto('./?embed=1&preset=throttling&controls=timeline,settings&speed=5');
    await expect(page.getByRole('slider', { name: 'Position in the run' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('throttling');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Live numbers' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open full app' })).toHaveAttribute('href', /preset=throttling/);
  });

  test('embed code dialog gives a working snippet', async ({ page }) => {
    await page.goto('./?preset=seed-story');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed lambda-lanes in a page' });
    await dialog.getByRole('combobox', { name: 'Preset' }).selectOption('spike');
    await dialog.getByRole('checkbox', { name: 'Play on load' }).check();
    await dialog.getByRole('textbox', { name: /Origins allowed/ }).fill('https://course.example');

    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toContain('title="lambda-lanes: how AWS Lambda runs functions"');
    expect(snippet).toContain('height="640"');
    const src = /src="([^"]+)"/.exec(snippet)?.[1].replace(/&amp;/g, '&') ?? '';
    expect(src).toBe(`${APP}?embed=1&preset=spike&autoplay=1&allow=https://course.example`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto(src);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });
});
