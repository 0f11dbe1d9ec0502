import type { Page } from '@playwright/test';
import { expect, liveNumber, openApp, test } from './fixtures';

function tourCard(page: Page) {
  return page.locator('.tour-card');
}

function clockOf(page: Page) {
  return page.getByRole('timer', { name: 'Simulated time' });
}

async function next(page: Page) {
  await tourCard(page).getByRole('button', { name: 'Next' }).click();
}

test.describe('tour', () => {
  test('learner completes the tour', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const card = tourCard(page);

    await expect(card).toContainText('Step 1 of 9');
    await expect(card.getByRole('heading', { name: 'One handler, one event at a time' })).toBeFocused();
    await expect(page.locator('.inspector')).toHaveClass(/tour-highlight/);

    await next(page);
    await expect(card.getByRole('heading')).toHaveText('The first request: a cold start');
    await expect(clockOf(page)).toHaveText('00:00.450');
    await expect(page.locator('.lanes-stage')).toHaveClass(/tour-highlight/);

    await next(page);
    await expect(clockOf(page)).toHaveText('00:01.000');
    await expect(liveNumber(page, 'Cold starts')).toHaveText('2');
    await next(page);
    await expect(liveNumber(page, 'Warm starts')).toHaveText('1');
    await card.getByRole('button', { name: 'Back' }).click();
    await expect(clockOf(page)).toHaveText('00:01.000');
    await expect(liveNumber(page, 'Warm starts')).toHaveText('0');
    await next(page);

    // Scale out: the tour waits until the learner raises the arrival rate.
    await next(page);
    await expect(card).toContainText('Waiting for you…');
    await expect(card.getByRole('button', { name: 'Skip this task' })).toBeVisible();
    const rate = page.getByRole('spinbutton', { name: 'Arrival rate' });
    await expect(page.locator('.field.tour-highlight').getByRole('spinbutton', { name: 'Arrival rate' })).toBeVisible();
    await rate.fill('40');
    await rate.press('Enter');
    await expect(card).toContainText('Well done.');

    // Throttling, the timeout and reclaim each wait for the run to show it.
    for (const title of ['The concurrency limit and throttling', 'Every run has a ceiling', 'Idle environments are reclaimed']) {
      await next(page);
      await expect(card.getByRole('heading')).toHaveText(title);
      await expect(card).toContainText('Waiting for you…');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await expect(card).toContainText('Well done.', { timeout: 20_000 });
    }
    await expect(liveNumber(page, 'Environments started')).toHaveText('2');

    await next(page);
    await expect(card.getByRole('heading')).toHaveText('That is the whole story');
    await card.getByRole('button', { name: 'Finish' }).click();
    await expect(card).toHaveCount(0);
  });

  test('progress survives a reload', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await next(page);
    await next(page);
    await expect(tourCard(page)).toContainText('Step 3 of 9');

    await page.reload();
    await expect(tourCard(page)).toContainText('Step 3 of 9');
    await expect(clockOf(page)).toHaveText('00:01.000');

    await tourCard(page).getByRole('button', { name: 'Close the tour' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'lambda-lanes' })).toBeVisible();
    await expect(tourCard(page)).toHaveCount(0);
    await page.keyboard.press('t');
    await expect(tourCard(page)).toContainText('Step 3 of 9');
  });

  test('damaged saved progress starts over', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lambda-lanes:tour', '{"version":1,"active":true,"step":99}'));
    await openApp(page);
    await expect(tourCard(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await expect(tourCard(page)).toContainText('Step 1 of 9');
  });

  test('embed starts the tour when asked', async ({ page }) => {
    await page.goto('./?embed=1&tour=1');
    await expect(tourCard(page)).toContainText('Step 1 of 9');
  });
});
