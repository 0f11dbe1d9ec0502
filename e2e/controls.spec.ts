import type { Page } from '@playwright/test';
import { expect, liveNumber, openApp, test } from './fixtures';

/** Plays the loaded scenario to its end at the fastest speed. */
async function playToEnd(page: Page) {
  await page.getByRole('slider', { name: 'Speed' }).fill('1000');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The scenario has ended' })).toBeVisible({ timeout: 30_000 });
}

async function readCount(page: Page, label: string): Promise<number> {
  const text = (await liveNumber(page, label).textContent()) ?? '';
  return Number(text.replaceAll(',', ''));
}

test.describe('controls', () => {
  test('higher arrival rate starts more environments', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await playToEnd(page);
    const before = await readCount(page, 'Environments started');

    await page.getByRole('spinbutton', { name: 'Arrival rate' }).fill('300');
    await page.getByRole('button', { name: 'Restart (same seed)' }).click();
    await playToEnd(page);
    const after = await readCount(page, 'Environments started');

    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(before * 5);
  });

  test('limit of 2 under a burst throttles', async ({ page }) => {
    await openApp(page, 'preset=steady');
    await page.getByRole('spinbutton', { name: 'Account concurrency limit' }).fill('2');
    await page.getByRole('combobox', { name: 'Arrival pattern' }).selectOption({ label: 'Burst' });
    await page.getByRole('spinbutton', { name: 'Events in the burst' }).fill('20');
    await playToEnd(page);

    expect(await readCount(page, 'Throttles')).toBeGreaterThanOrEqual(18);
    await expect(page.getByRole('meter', { name: 'Concurrency' })).toHaveAttribute('aria-valuemax', '2');

    const throttled = page.getByRole('region', { name: 'Recent invocations' }).getByRole('button', { name: /Throttled/ });
    await throttled.first().click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.getByText('Account concurrency limit reached')).toBeVisible();
    await expect(inspector.getByRole('figure', { name: /^event/ })).toContainText('httpMethod');
    await expect(inspector.getByRole('figure', { name: /^context/ })).toHaveCount(0);
  });

  test('invalid number keeps the last value', async ({ page }) => {
    await openApp(page, 'preset=steady');
    const memory = page.getByRole('spinbutton', { name: 'Memory' });
    await memory.fill('512');
    await memory.fill('20000');

    const alert = page.getByRole('alert').filter({ hasText: 'Memory' });
    await expect(alert).toContainText('20000 MB');
    await expect(alert).toContainText('128 to 10,240 MB');
    await expect(alert).toContainText('512 MB');
    await expect(memory).toHaveAttribute('aria-invalid', 'true');

    await memory.fill('');
    await expect(alert).toContainText('Memory is empty');
    await memory.blur();
    await expect(memory).toHaveValue('512');

    await memory.fill('1024');
    await expect(alert).toHaveCount(0);
    await expect(memory).toHaveAttribute('aria-invalid', 'false');
  });

  test('change applies without losing the run', async ({ page }) => {
    await openApp(page, 'preset=steady');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    const time = (await clock.textContent()) ?? '';
    const arrivals = await readCount(page, 'Arrivals');
    expect(time).not.toBe('00:00.000');

    await page.getByRole('spinbutton', { name: 'Function timeout' }).fill('10');
    await expect(clock).toHaveText(time);
    expect(await readCount(page, 'Arrivals')).toBe(arrivals);
  });

  test('preset picker shows the caption', async ({ page }) => {
    await openApp(page);
    const preset = page.getByRole('combobox', { name: 'Preset' });
    await preset.selectOption('spike');
    // The inspector repeats the caption, so look for it in the settings.
    await expect(page.getByRole('region', { name: 'Settings' }).getByText('at 00:30 a burst of 300')).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Arrival rate' })).toHaveValue('2');
  });

  test('send event buttons add arrivals', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Send S3 event' }).click();
    await expect(liveNumber(page, 'Arrivals')).toHaveText('1');

    await page.getByRole('button', { name: 'Send SQS event' }).click();
    // The SQS message waits in its queue until a poller receives it, which takes simulated time.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const recent = page.getByRole('region', { name: 'Recent invocations' });
    await expect(recent.getByRole('button', { name: /^Invocation \d+: SQS/ })).toBeVisible();
    await expect(recent.getByRole('button', { name: /^Invocation \d+: S3/ })).toBeVisible();
  });

  test('assumptions are labelled with a basis', async ({ page }) => {
    await openApp(page);
    const group = page.getByRole('group', { name: 'Platform behaviour (assumptions)' });
    await expect(group.getByText('assumption', { exact: true })).toHaveCount(5);
    await group.getByText('assumption', { exact: true }).first().click();
    await expect(group.getByText(/AWS does not document this value/).first()).toBeVisible();
  });

  test('address reports an unknown preset', async ({ page }) => {
    await openApp(page, 'preset=tsunami');
    const alert = page.getByRole('alert').filter({ hasText: 'tsunami' });
    await expect(alert).toContainText('seed-story, steady, spike, throttling, timeout');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('seed-story');
  });
});
