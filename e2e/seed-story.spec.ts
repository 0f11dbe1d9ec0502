import { expect, liveNumber, openApp, test } from './fixtures';

test.describe('seed story', () => {
  test('cold, cold, then warm on environment 1', async ({ page }) => {
    await openApp(page, 'preset=seed-story&speed=2');
    await page.getByRole('button', { name: 'Play', exact: true }).click();

    // Events arrive at 0, 500 and 1,600 ms; at 2x the third is served warm about a second in.
    await expect(liveNumber(page, 'Warm starts')).toHaveText('1');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(liveNumber(page, 'Arrivals')).toHaveText('3');
    await expect(liveNumber(page, 'Cold starts')).toHaveText('2');
    await expect(liveNumber(page, 'Environments started')).toHaveText('2');

    const recent = page.getByRole('region', { name: 'Recent invocations' }).getByRole('button');
    await expect(recent).toHaveText([
      /^Invocation 3: API Gateway, Warm start on environment 1/,
      /^Invocation 2: API Gateway, Cold start on environment 2/,
      /^Invocation 1: API Gateway, Cold start on environment 1/,
    ]);
  });

  test('inspector tells the same story', async ({ page }) => {
    await openApp(page, 'preset=seed-story&speed=1000&autoplay=1');
    await expect(page.getByRole('status').filter({ hasText: 'The scenario has ended' })).toBeVisible();

    const inspector = page.getByRole('region', { name: 'Inspector' });
    const recent = page.getByRole('region', { name: 'Recent invocations' });

    await recent.getByRole('button', { name: /^Invocation 3:/ }).click();
    await expect(inspector.getByRole('heading', { name: 'Invocation 3' })).toBeVisible();
    await expect(inspector.getByText('Warm start', { exact: true })).toBeVisible();

    await inspector.getByRole('button', { name: 'Show environment 1' }).click();
    await expect(inspector.getByRole('heading', { name: 'Environment 1' })).toBeVisible();
    const history = inspector.getByRole('table');
    const coldRun = history.getByRole('row').filter({ hasText: 'Invoking (cold start)' });
    const warmRun = history.getByRole('row').filter({ hasText: 'Invoking (warm start)' });
    await expect(coldRun).toHaveCount(1);
    await expect(coldRun.getByRole('button')).toHaveText('Invocation 1');
    await expect(warmRun).toHaveCount(1);
    await expect(warmRun.getByRole('button')).toHaveText('Invocation 3');
    await expect(inspector.getByText('Invocations served')).toBeVisible();
  });
});
