import { readFile } from 'node:fs/promises';
import { expect, liveNumber, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

function clockOf(page: Page) {
  return page.getByRole('timer', { name: 'Simulated time' });
}

/** Reads the clock's mm:ss.mmm as milliseconds. */
async function clockMs(page: Page): Promise<number> {
  const [minutes, seconds] = ((await clockOf(page).textContent()) ?? '0:0').split(':').map(Number);
  return (minutes * 60 + seconds) * 1_000;
}

/** Plays until the clock passes `minimumMs`, then pauses. */
async function playPast(page: Page, minimumMs: number) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(minimumMs);
  await page.getByRole('button', { name: 'Pause' }).click();
}

test.describe('share', () => {
  test('copied link reopens the same moment', async ({ page, context }) => {
    await openApp(page, 'preset=steady&speed=100');
    await page.getByRole('button', { name: 'Send API Gateway event' }).click();
    await playPast(page, 20_000);
    const clock = await clockOf(page).textContent();
    const arrivals = await liveNumber(page, 'Arrivals').textContent();

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this run' }).inputValue();
    expect(link).toMatch(/#s=v1\.[A-Za-z0-9_-]+$/);

    const second = await context.newPage();
    await second.goto(link);
    await expect(clockOf(second)).toHaveText(clock ?? '');
    await expect(liveNumber(second, 'Arrivals')).toHaveText(arrivals ?? '');
    await expect(second.getByRole('combobox', { name: 'Preset' })).toHaveValue('steady');
    await second.close();
  });

  test('address follows a paused run', async ({ page }) => {
    await openApp(page, 'preset=spike');
    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#s=v1\./);

    await page.reload();
    await expect(clockOf(page)).not.toHaveText('00:00.000');
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('spike');
  });

  test('broken link falls back to the preset', async ({ page }) => {
    await page.goto('./?preset=throttling#s=v1.not-really-deflate');
    await expect(page.getByRole('alert')).toContainText("The link's saved state could not be used");
    await expect(page.getByRole('alert')).toContainText('Showing throttling instead');
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('throttling');
    await expect(clockOf(page)).toHaveText('00:00.000');
  });

  test('link from another version is named', async ({ page }) => {
    await page.goto('./#s=v7.AAAA');
    await expect(page.getByRole('alert')).toContainText('another version of lambda-lanes ("v7"');
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('seed-story');
  });

  test('slider rewinds to the same numbers', async ({ page }) => {
    await openApp(page, 'preset=steady&speed=200');
    await playPast(page, 40_000);
    const slider = page.getByRole('slider', { name: 'Position in the run' });

    await slider.focus();
    await page.keyboard.press('End');
    await expect(clockOf(page)).toHaveText('02:00.000');
    const arrivals = await liveNumber(page, 'Arrivals').textContent();
    const cold = await liveNumber(page, 'Cold starts').textContent();

    await page.keyboard.press('Home');
    await expect(clockOf(page)).toHaveText('00:00.000');
    await expect(liveNumber(page, 'Arrivals')).toHaveText('0');

    await page.keyboard.press('End');
    await expect(liveNumber(page, 'Arrivals')).toHaveText(arrivals ?? '');
    await expect(liveNumber(page, 'Cold starts')).toHaveText(cold ?? '');
  });

  test('long replay shows its progress', async ({ page }) => {
    await openApp(page, 'preset=steady');
    // About 120,000 invocations over the two minutes: a replay that takes seconds, not one frame.
    await page.getByRole('spinbutton', { name: 'Arrival rate' }).fill('1000');
    const slider = page.getByRole('slider', { name: 'Position in the run' });
    const progress = page.getByText(/^Replaying the run to 02:00\.000: \d+ % done\.$/);

    await slider.focus();
    await page.keyboard.press('End');
    await expect(progress).toBeVisible();
    const first = percentOf(await progress.textContent());
    // The page paints while the replay goes on, so the figure moves on.
    await expect.poll(async () => percentOf(await progress.textContent()), { timeout: 30_000 }).toBeGreaterThan(first);

    await expect(clockOf(page)).toHaveText('02:00.000', { timeout: 60_000 });
    await expect(progress).toBeHidden();
    await expect(slider).toHaveAttribute('aria-valuetext', '02:00.000');
  });

  test('exports records and a picture', async ({ page }) => {
    await openApp(page);
    await page.getByRole('slider', { name: 'Position in the run' }).focus();
    // seed-story's three invocations have all ended by 3 s; each PageUp moves a tenth of the 30 s run.
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Records (CSV)' }).click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,source,arrivalMs,outcome/);
    expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual(['cold', 'cold', 'warm']);

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Records (JSON)' }).click();
    const report = JSON.parse(await readFile((await (await jsonDownload).path()) ?? '', 'utf8')) as { coldStarts: number; records: unknown[] };
    expect(report.coldStarts).toBe(2);
    expect(report.records).toHaveLength(3);

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Picture (PNG)' }).click();
    const download = await pngDownload;
    await download.saveAs(test.info().outputPath('lanes-export.png'));
    expect(download.suggestedFilename()).toBe('lambda-lanes-cold-cold-warm.png');
    const png = await readFile((await download.path()) ?? '');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });
});

/** Reads the percentage out of a replay's progress text, or -1 when the text has none. */
function percentOf(text: string | null): number {
  const match = /(\d+) % done/.exec(text ?? '');
  return match ? Number(match[1]) : -1;
}
