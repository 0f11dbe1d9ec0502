import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

function clockOf(page: Page) {
  return page.getByRole('timer', { name: 'Simulated time' });
}

function banner(page: Page) {
  return page.locator('.workshop-banner h2');
}

test.describe('workshop', () => {
  test('W turns on the presenter view', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('w');

    await expect(page.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/workshop/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(banner(page)).toHaveText('Cold, cold, warm');
    await expect(page).toHaveURL(/[?&]workshop=1/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/workshop/);
    await page.keyboard.press('w');
    await expect(page).not.toHaveURL(/workshop=/);

    await page.keyboard.press('w');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(1_500);
  });

  test('workshop lanes are taller', async ({ page }) => {
    await openApp(page, 'autoplay=1');
    const labels = page.locator('.lanes-labels');
    await expect(labels.getByText('env 2', { exact: true })).toBeVisible();
    const first = labels.getByText('env 1', { exact: true });
    const second = labels.getByText('env 2', { exact: true });
    const pitch = async () => ((await second.boundingBox())?.y ?? 0) - ((await first.boundingBox())?.y ?? 0);
    const labelHeight = async () => (await first.boundingBox())?.height ?? 0;
    const pitchBefore = await pitch();
    const heightBefore = await labelHeight();

    await page.keyboard.press('w');
    await expect.poll(pitch).toBeGreaterThan(pitchBefore * 1.5);
    await expect.poll(labelHeight).toBeGreaterThan(heightBefore * 1.3);
    await expect(page.locator('.lanes-axis text').first()).toHaveCSS('font-size', '16.5px');
  });

  test('large text scales the lane text', async ({ page }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Large text' }).check();
    await expect(page.locator('.lanes-axis text').first()).toHaveCSS('font-size', '13.75px');
  });

  test('? lists every shortcut', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const action of ['Play or pause', 'Next or previous preset', 'Full screen on or off', 'Workshop mode on or off']) {
      await expect(dialog.getByRole('row', { name: new RegExp(action) })).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a session runs from the keyboard', async ({ page }) => {
    await openApp(page, 'workshop=1');
    await expect(banner(page)).toHaveText('Cold, cold, warm');

    await page.keyboard.press('n');
    await expect(banner(page)).toHaveText('Steady traffic');
    await page.keyboard.press('n');
    await expect(banner(page)).toHaveText('Traffic spike');
    await page.keyboard.press('p');
    await expect(banner(page)).toHaveText('Steady traffic');

    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('+');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

    // ] skips 5% of the 2-minute run: 6 s.
    await page.keyboard.press('r');
    await page.keyboard.press(']');
    await expect(clockOf(page)).toHaveText('00:06.000');
    await page.keyboard.press(']');
    await page.keyboard.press('[');
    await expect(clockOf(page)).toHaveText('00:06.000');
  });

  test('a pinned note shows at its moment', async ({ page }) => {
    await openApp(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press(']');
    await expect(clockOf(page)).toHaveText('00:06.000');
    // The keyboard list of environments is shown only while one of its buttons has focus.
    const firstLane = page.getByRole('list', { name: 'Environments, one per lane' }).getByRole('button').first();
    await firstLane.focus();
    await page.keyboard.press('Enter');
    await expect(firstLane).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('a');
    const note = page.getByRole('textbox', { name: 'Note' });
    await expect(note).toBeFocused();
    await note.fill('Warm: no init this time');
    await note.press('Enter');

    const notes = page.getByRole('region', { name: 'Notes at this moment' });
    await expect(notes).toContainText('Environment 1, 00:06.000');
    await expect(notes).toContainText('Warm: no init this time');

    // The pin points at 00:06 on the lane of environment 1, not at a callout above the lanes.
    const pin = (await notes.locator('.note-pin').boundingBox())!;
    const tick = (await page.locator('.lanes-axis .tick text', { hasText: '00:06' }).boundingBox())!;
    const label = (await page.locator('.lanes-labels').getByText('env 1', { exact: true }).boundingBox())!;
    expect(Math.abs(pin.x + pin.width / 2 - (tick.x + tick.width / 2))).toBeLessThan(4);
    // On the first lane the bubble hangs below, so the pin points up at the lane's bottom edge.
    expect(pin.y).toBeGreaterThan(label.y);
    expect(pin.y).toBeLessThan(label.y + 40);

    // Before its moment the note is hidden; after it, it stays while its spot is on screen.
    await page.getByRole('slider', { name: 'Position in the run' }).focus();
    await page.keyboard.press('Home');
    await expect(notes).toHaveCount(0);
    await page.getByRole('slider', { name: 'Position in the run' }).blur();
    for (let i = 0; i < 5; i++) await page.keyboard.press(']');
    await expect(clockOf(page)).toHaveText('00:07.500');
    await expect(notes).toContainText('Warm: no init this time');

    // Zoomed in around now, 00:06 leaves the screen and the pin with it.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in on time' }).click();
    await expect(notes).toHaveCount(0);
  });

  test('full screen follows the button', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  });
});
