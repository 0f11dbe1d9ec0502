import { expect, liveNumber, openApp, test } from './fixtures';

test.describe('inspector', () => {
  test('shows the event and context', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await page.getByRole('region', { name: 'Recent invocations' }).getByRole('button', { name: /^Invocation 1:/ }).click();

    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'Invocation 1' })).toBeVisible();
    const event = inspector.getByRole('figure', { name: /^event/ });
    await expect(event).toContainText('"httpMethod"');
    await expect(event).toContainText('"requestContext"');
    const context = inspector.getByRole('figure', { name: /^context/ });
    await expect(context).toContainText('"awsRequestId"');
    await expect(context).toContainText('"memoryLimitInMB": "128"');
    await expect(context).toContainText('"getRemainingTimeInMillis()": 3000');
    await expect(inspector.getByRole('figure', { name: /^Handler/ })).toContainText('return true;');
  });

  test('timeout preset shows a cut invocation', async ({ page }) => {
    await openApp(page, 'preset=timeout&speed=20');
    // A slower stream keeps the timed-out invocation among the recent ones shown.
    await page.getByRole('spinbutton', { name: 'Arrival rate' }).fill('0.5');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(liveNumber(page, 'Timeouts')).not.toHaveText('0', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();

    await page.getByRole('region', { name: 'Recent invocations' }).getByRole('button', { name: /timed out/ }).first().click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.getByText('Timed out (cut at the function timeout)')).toBeVisible();
    // The run is cut at the 3 s function timeout.
    const timing = inspector.getByRole('region', { name: 'Timing' });
    await expect(timing.getByRole('img', { name: /Run 3 s \(cut at the timeout\)$/ })).toBeVisible();
  });

  test('close empties the inspector', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Send manual event' }).click();
    await page.getByRole('region', { name: 'Recent invocations' }).getByRole('button').first().click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.getByRole('figure', { name: /^event/ })).toContainText('Test event');
    await inspector.getByRole('button', { name: 'Close the inspector' }).click();
    await expect(inspector.getByText('Select a lane or an event to see its details.')).toBeVisible();
  });
});
