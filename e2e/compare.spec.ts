import { expect, openApp, test } from './fixtures';

test.describe('compare', () => {
  test('runs both sides and tabulates differences', async ({ page }) => {
    await openApp(page, 'preset=spike&speed=20');
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Compare two settings' }).click();

    const table = page.getByRole('table', { name: 'Differences so far' });
    await expect(table).toBeVisible();
    await expect(page.getByRole('region', { name: 'A: No provisioned concurrency' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'B: 20 provisioned environments' })).toBeVisible();

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // The spike's burst comes at 30 s; wait until both sides are past it.
    await expect(page.getByRole('timer', { name: 'Simulated time' })).toHaveText(/^00:(3[5-9]|[4-9]\d)\./, { timeout: 30_000 });

    const arrivals = table.getByRole('row', { name: /^Arrivals/ });
    await expect(arrivals.getByRole('cell').last()).toHaveText('same');
    const cold = table.getByRole('row', { name: /^Cold starts/ });
    await expect(cold.getByRole('cell').last()).toHaveText(/^−\d/);
    for (const measure of ['Latency p99', 'Throttles', 'Cost so far']) {
      await expect(table.getByRole('row', { name: new RegExp(`^${measure}`) })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('region', { name: 'A: No provisioned concurrency' }).scrollIntoViewIfNeeded();
  });

  test('labels the memory rule', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Compare two settings' }).click();
    await page.getByRole('combobox', { name: 'Comparison' }).selectOption({ label: 'Memory: 512 or 2,048 MB (CPU-bound work)' });
    await expect(page.getByText(/Assumes CPU-bound, single-threaded work/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'B: 2,048 MB' })).toBeVisible();
  });
});
