import { expect, liveNumber, openApp, test } from './fixtures';

test.describe('playback', () => {
  test('plays and pauses', async ({ page }) => {
    await openApp(page, 'preset=steady');
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    await expect(clock).toHaveText('00:00.000');

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(clock).not.toHaveText('00:00.000');
    await page.getByRole('button', { name: 'Pause' }).click();

    const paused = await clock.textContent();
    await page.waitForTimeout(400);
    await expect(clock).toHaveText(paused ?? '');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('steps to the next event', async ({ page }) => {
    await openApp(page);
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    const step = page.getByRole('button', { name: 'Step to the next event' });

    // seed-story's first event arrives at 0 ms; its micro VM starts by 125 ms and init ends at 425 ms.
    const times: string[] = [];
    for (let i = 0; i < 4; i++) {
      await step.click();
      times.push((await clock.textContent()) ?? '');
    }
    const sorted = [...times].sort();
    expect(times).toEqual(sorted);
    expect(times.at(-1)).not.toBe('00:00.000');
    await expect(liveNumber(page, 'Arrivals')).not.toHaveText('0');
  });

  test('keyboard plays, steps and changes speed', async ({ page }) => {
    await openApp(page, 'preset=steady');
    const clock = page.getByRole('timer', { name: 'Simulated time' });
    const speed = page.getByRole('slider', { name: 'Speed' });

    await page.keyboard.press('ArrowRight');
    await expect(clock).not.toHaveText('00:00.000');

    await page.keyboard.press('+');
    await expect(speed).toHaveAttribute('aria-valuetext', '2×');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect(speed).toHaveAttribute('aria-valuetext', '0.5×');

    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

    await page.keyboard.press('r');
    await expect(clock).toHaveText('00:00.000');
  });

  test('arrow keys move the speed slider', async ({ page }) => {
    await openApp(page, 'preset=steady');
    const speed = page.getByRole('slider', { name: 'Speed' });
    await expect(speed).toHaveAttribute('aria-valuetext', '1×');

    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await expect(speed).toHaveAttribute('aria-valuetext', '1.1×');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(speed).toHaveAttribute('aria-valuetext', '0.9×');
  });

  test('pauses at the end of the scenario', async ({ page }) => {
    await openApp(page, 'speed=1000&autoplay=1');
    await expect(page.getByRole('status').filter({ hasText: 'The scenario has ended' })).toBeVisible();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).toHaveText('00:30.000');
    await expect(page.getByRole('button', { name: 'Play again from the start' })).toBeVisible();
  });

  test('new seed changes the seed and restarts', async ({ page }) => {
    await openApp(page);
    await expect(page.getByText('Seed 1', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New seed' }).click();
    await expect(page.getByText('Seed 2', { exact: true })).toBeVisible();
    await expect(page.getByRole('timer', { name: 'Simulated time' })).toHaveText('00:00.000');
  });
});
