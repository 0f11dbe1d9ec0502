import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { expect, liveNumber, openApp, test } from './fixtures';

/** Presses Tab until `target` has the focus, and fails after `maxTabs` presses. */
async function tabTo(page: Page, target: Locator, maxTabs = 120): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Describes the focused element when it has no visible focus indicator, or returns null when it has one. */
async function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ringed = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0;
    if (outlined || ringed) return shown ? null : `${element.tagName} "${element.textContent?.trim().slice(0, 30)}" is focused but not shown`;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
    return `${element.tagName.toLowerCase()} "${name}" has no visible focus indicator`;
  });
}

test.describe('accessibility', () => {
  test('every tab stop shows its focus', async ({ page }) => {
    await openApp(page);
    const problems = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const problem = await focusProblem(page);
      if (problem !== null) problems.add(problem);
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    expect([...problems]).toEqual([]);
    // The walk reached many different controls, not one trapped element.
    expect(seen.size).toBeGreaterThan(30);
  });

  test('keyboard alone plays, steps, picks a preset and inspects', async ({ page }) => {
    await openApp(page);

    await tabTo(page, page.getByRole('button', { name: 'Step to the next event' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(liveNumber(page, 'Arrivals')).not.toHaveText('0');

    await tabTo(page, page.getByRole('button', { name: 'Play', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

    const preset = page.getByRole('combobox', { name: 'Preset' });
    await tabTo(page, preset);
    await page.keyboard.press('ArrowDown');
    await expect(preset).not.toHaveValue('seed-story');

    // An environment from the keyboard list of the lanes opens in the inspector.
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Step to the next event' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    const environment = page.getByRole('list', { name: /environments/i }).getByRole('button').first();
    await tabTo(page, environment);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expectAccessible(page, 'inspector open');
  });

  test('dialogs, workshop, tour and embed pass axe', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByRole('dialog', { name: 'Embed lambda-lanes in a page' })).toBeVisible();
    await expectAccessible(page, 'embed code dialog');
    await page.keyboard.press('Escape');

    await openApp(page, 'workshop=1&preset=throttling&speed=5&autoplay=1');
    await expect(page.locator('html')).toHaveClass(/workshop/);
    await page.waitForTimeout(1_500);
    await expectAccessible(page, 'workshop mode, playing');

    await openApp(page, 'tour=1');
    await expectAccessible(page, 'guided tour');

    await page.goto('./?embed=1&preset=throttling&speed=5&autoplay=1');
    await expect(page.getByRole('region', { name: 'Execution environments' })).toBeVisible();
    await page.waitForTimeout(1_000);
    await expectAccessible(page, 'embed mode');
  });

  test('reduced motion keeps the app usable', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, 'preset=throttling&speed=5&autoplay=1');
    await expect(liveNumber(page, 'Throttles')).not.toHaveText('0', { timeout: 20_000 });
    const transition = await page
      .getByRole('button', { name: 'Pause' })
      .evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(transition.split(',').every((duration) => parseFloat(duration) === 0)).toBe(true);
  });
});

test.describe('small screens', () => {
  test('a 360 px phone shows every panel without sideways scrolling', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, 'preset=steady&speed=5&autoplay=1');
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: testInfo.outputPath('phone-360.png'), fullPage: true });
    await page.getByRole('region', { name: 'Execution environments' }).screenshot({ path: testInfo.outputPath('phone-360-lanes.png') });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The playback bar is not sticky on a phone, so the lanes are not covered once scrolled to.
    const lanes = page.getByRole('region', { name: 'Execution environments' });
    await lanes.scrollIntoViewIfNeeded();
    await expect(page.locator('.playback-bar')).not.toBeInViewport();
    await expectAccessible(page, '360 px phone');
  });

});

test.describe('200 % zoom', () => {
  // The suite's 1400 x 900 window at 200 % zoom lays out like a 700 x 450 one at twice the pixel density.
  test.use({ viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 });

  test('keeps the page usable', async ({ page }, testInfo) => {
    await openApp(page, 'preset=steady');
    await page.screenshot({ path: testInfo.outputPath('zoom-200.png'), fullPage: true });
    await page.getByRole('region', { name: 'Execution environments' }).screenshot({ path: testInfo.outputPath('zoom-200-lanes.png') });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).not.toHaveText('00:00.000');
    await expectAccessible(page, '200 % zoom');
  });
});
