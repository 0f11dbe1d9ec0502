import { expect, openApp, test } from './fixtures';

test.describe('trace import', () => {
  test('rejects a malformed file and keeps the settings', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Import traffic' }).click();
    const rate = page.getByRole('spinbutton', { name: 'Arrival rate' });
    await expect(rate).toHaveValue('3');

    await page.getByLabel('Trace file (CSV)').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('timestamp\n0\n250\nsoon\n900\n'),
    });

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nothing in the app changed');
    await expect(alert).toContainText('line 4, column 1');
    await expect(page.getByRole('button', { name: 'Replace the traffic with this trace' })).toBeHidden();
    await expect(rate).toHaveValue('3');
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('steady');
    await alert.scrollIntoViewIfNeeded();
  });

  test('loads a sample and replaces the traffic', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Import traffic' }).click();
    await page.getByRole('combobox', { name: 'Sample trace' }).selectOption('launch-day.csv');
    await page.getByRole('button', { name: 'Load sample' }).click();

    await expect(page.getByText(/^The trace has [\d,]+ arrivals over/)).toBeVisible();
    await page.getByRole('button', { name: 'Replace the traffic with this trace' }).click();
    await expect(page.getByText(/^The traffic now comes from the trace/)).toBeVisible();
    await expect(page.getByText(/^of 1:0\d:00\.000/)).toBeVisible();
  });

  test('picks a row of a per-minute trace', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await page.getByRole('region', { name: 'Analysis' }).getByRole('button', { name: 'Import traffic' }).click();
    await page.getByRole('combobox', { name: 'Sample trace' }).selectOption('daily-cycle.csv');
    await page.getByRole('button', { name: 'Load sample' }).click();

    const row = page.getByRole('combobox', { name: 'Function row' });
    await expect(row).toBeVisible();
    const before = await page.getByText(/^The trace has/).textContent();
    await row.selectOption({ index: 2 });
    await expect(page.getByText(/^The trace has/)).not.toHaveText(before ?? '');
  });
});
