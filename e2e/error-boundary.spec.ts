import { expect, liveNumber, openApp, test } from './fixtures';

// The failure is requested by the test, so its console errors are expected.
test.use({ allowedConsoleErrors: [[/Test failure requested for the/, /panel failed/], { scope: 'test' }] });

test.describe('error boundary', () => {
  test('a failing panel leaves the rest working', async ({ page }) => {
    await openApp(page, 'test-fail-panel=settings');

    const failure = page.getByRole('alert').filter({ hasText: 'The Settings panel stopped working.' });
    await expect(failure).toBeVisible();
    await expect(failure).toContainText('Test failure requested for the settings panel');
    await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);

    // Playback, the numbers and the lanes still work.
    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await expect(liveNumber(page, 'Arrivals')).not.toHaveText('0');
    await expect(page.getByRole('region', { name: 'Execution environments' })).toBeVisible();

    await failure.getByRole('button', { name: 'Reset Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(failure).toHaveCount(0);
  });

  test('a failing lanes panel keeps playback', async ({ page }) => {
    await openApp(page, 'test-fail-panel=lanes');
    await expect(page.getByRole('alert').filter({ hasText: 'The Execution environments panel stopped working.' })).toBeVisible();

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).not.toHaveText('00:00.000');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  });

  test('an unknown panel fails nothing', async ({ page }) => {
    await openApp(page, 'test-fail-panel=nothing');
    await expect(page.getByText(/stopped working/)).toHaveCount(0);
  });
});
