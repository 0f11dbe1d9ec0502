import { expect, openApp, test } from './fixtures';

/** Returns the analysis region under the lanes. */
function analysis(page: import('@playwright/test').Page) {
  return page.getByRole('region', { name: 'Analysis' });
}

test.describe('analysis charts', () => {
  test('charts appear and follow the run', async ({ page }) => {
    await openApp(page, 'preset=throttling&speed=5');
    await analysis(page).getByRole('button', { name: 'Charts' }).click();

    const concurrency = page.getByRole('figure', { name: 'Concurrency over time' });
    await expect(concurrency).toBeVisible();
    for (const name of ['Environments by state', 'Cold-start share over time', 'Cumulative cost', 'Latency distribution']) {
      await expect(page.getByRole('figure', { name })).toBeVisible();
    }

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // The burst at 1 s is throttled past the limit of 10: the table for screen readers counts it.
    const throttleCells = concurrency.locator('table td:last-child');
    await expect
      .poll(async () => (await throttleCells.allTextContents()).reduce((sum, cell) => sum + Number(cell), 0))
      .toBe(20);
    await expect(concurrency.locator('rect.chart-mark').first()).toBeAttached();
    await expect(page.getByRole('figure', { name: 'Latency distribution' })).toContainText(/p99 \d/);
    await expect(page.getByRole('figure', { name: 'Cumulative cost' })).toContainText('Prices as of 2026-01');
    await concurrency.scrollIntoViewIfNeeded();
  });

  test('hover shows values and a click seeks the lanes', async ({ page }) => {
    await openApp(page, 'preset=steady&speed=50');
    await analysis(page).getByRole('button', { name: 'Charts' }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    await expect.poll(async () => (await clock.textContent()) ?? '').toMatch(/^0[1-9]:/);

    const plot = page.getByRole('figure', { name: 'Environments by state' }).locator('.chart-overlay');
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error('The chart has no size.');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect(page.getByRole('figure', { name: 'Environments by state' }).locator('.chart-tooltip')).toContainText('Busy:');

    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    // 20 % of the 2-minute axis is about 24 s.
    await expect(clock).toHaveText(/^00:2[0-9]\./);
  });
});

test.describe('chart keyboard', () => {
  test('arrow keys read and Enter seeks', async ({ page }) => {
    await openApp(page, 'preset=steady&speed=50');
    await analysis(page).getByRole('button', { name: 'Charts' }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    await expect.poll(async () => (await clock.textContent()) ?? '').toMatch(/^0[1-9]:/);
    await page.getByRole('button', { name: 'Pause' }).click();

    const plot = page.getByRole('group', { name: /^Concurrency over time\. Arrow keys/ });
    await plot.focus();
    for (let press = 0; press < 3; press++) await plot.press('PageDown');
    await expect(page.getByRole('figure', { name: 'Concurrency over time' }).locator('.chart-tooltip')).toContainText('Concurrency');
    const before = await clock.textContent();
    await plot.press('Enter');
    await expect(clock).not.toHaveText(before ?? '');
  });
});

test.describe('fast-forward', () => {
  test('shows progress and cancels', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await analysis(page).getByRole('button', { name: 'Run for an hour or a day' }).click();
    await page.getByRole('button', { name: 'Run for a day', exact: true }).click();

    const progress = page.getByRole('progressbar', { name: 'Long run progress' });
    await expect(progress).toBeVisible();
    await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
    // The page stays responsive while the worker runs: the main playback still plays.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).not.toHaveText('00:00.000');

    await page.getByRole('button', { name: 'Cancel the long run' }).click();
    await expect(progress).toBeHidden();
    await expect(page.getByText(/^Cancelled at /)).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Concurrency over time' })).toBeVisible();
  });

  test('charts an hour and jumps the lanes', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await analysis(page).getByRole('button', { name: 'Run for an hour or a day' }).click();
    await page.getByRole('button', { name: 'Run for an hour', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Result of 1 h of simulated time' })).toBeVisible({ timeout: 60_000 });
    const summary = page.locator('.run-summary');
    await expect(summary).toContainText('Invocations');

    const plot = page.getByRole('figure', { name: 'Environments by state' }).locator('.chart-overlay');
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error('The chart has no size.');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    // The middle of the hour's axis, give or take a bucket.
    await expect(page.getByText(/^The lanes show the long run at (29|30):/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('timer', { name: 'Simulated time' })).toHaveText(/^(29|30):/);
  });
});
