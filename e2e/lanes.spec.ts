import type { Locator, Page } from '@playwright/test';
import { DRAWN_PHASES, phaseStyle } from '../src/views/lanes/phase-style';
import { computeStageGeometry, type StageGeometry } from '../src/views/lanes/stage-geometry';
import { expect, openApp, test } from './fixtures';

/** Returns the keyboard list of environments, the canvas's text alternative. */
function environmentList(page: Page): Locator {
  return page.getByRole('list', { name: 'Environments, one per lane' });
}

function environmentButton(page: Page, id: number): Locator {
  return environmentList(page).getByRole('button', { name: new RegExp(`^Environment ${id},`) });
}

async function stageGeometry(page: Page): Promise<{ box: { x: number; y: number }; geometry: StageGeometry }> {
  const box = await page.locator('.lanes-stage').boundingBox();
  if (!box) throw new Error('The lanes stage is not on screen.');
  return { box, geometry: computeStageGeometry(box.width, box.height) };
}

/** Returns the times of the axis ticks, in ms, parsed from labels such as "00:05" or "00:01.250". */
async function tickTimes(page: Page): Promise<number[]> {
  const labels = await page.locator('.lanes-axis .tick text').allTextContents();
  return labels.map((label) => {
    const [minutes, seconds] = label.split(':');
    return (Number(minutes) * 60 + Number(seconds)) * 1000;
  });
}

async function tickStep(page: Page): Promise<number> {
  const times = await tickTimes(page);
  expect(times.length).toBeGreaterThan(1);
  return times[1] - times[0];
}

test.describe('lanes', () => {
  test('show the seed story environments', async ({ page }) => {
    await openApp(page, 'autoplay=1');
    await expect(page.locator('.lanes-canvas')).toBeVisible();
    await expect(environmentButton(page, 1)).toBeAttached();
    await expect(environmentButton(page, 2)).toBeAttached();
    await expect(environmentButton(page, 1)).toHaveText(/warm start|idle/, { timeout: 15_000 });
    await expect(page.locator('.lanes-labels').getByText('env 2', { exact: true })).toBeVisible();
  });

  test('legend names each state', async ({ page }) => {
    await openApp(page);
    const legend = page.getByRole('list', { name: 'Legend' });
    for (const phase of DRAWN_PHASES) {
      await expect(legend.getByText(phaseStyle(phase)?.label ?? phase, { exact: true })).toBeVisible();
    }
    await expect(legend.getByText('Event, cold start')).toBeVisible();
    await expect(legend.getByText('Event, warm start')).toBeVisible();
    await expect(legend.getByText('Event, throttled')).toBeVisible();
  });

  test('clicking a lane selects it', async ({ page }) => {
    await openApp(page, 'autoplay=1');
    await expect(environmentButton(page, 2)).toBeAttached();

    // Click the label gutter of the first lane, which selects the environment rather than an invocation.
    const { box, geometry } = await stageGeometry(page);
    await page.mouse.click(box.x + geometry.labelRight - 10, box.y + geometry.lanesTop + 10);
    await expect(environmentButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
    await expect(environmentButton(page, 2)).toHaveAttribute('aria-pressed', 'false');
  });

  test('keyboard list selects an environment', async ({ page }) => {
    await openApp(page, 'autoplay=1');
    const second = environmentButton(page, 2);
    await expect(second).toBeAttached();
    await second.focus();
    await expect(second).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
  });

  test('zoom changes the axis', async ({ page }) => {
    await openApp(page);
    const before = await tickStep(page);

    const { box, geometry } = await stageGeometry(page);
    await page.mouse.move(box.x + (geometry.plotLeft + geometry.plotRight) / 2, box.y + geometry.lanesTop + 40);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => tickStep(page)).toBeLessThan(before);

    await page.getByRole('button', { name: 'Zoom out on time' }).click();
    await page.getByRole('button', { name: 'Zoom out on time' }).click();
    await page.getByRole('button', { name: 'Zoom out on time' }).click();
    await page.getByRole('button', { name: 'Zoom out on time' }).click();
    await expect.poll(() => tickStep(page)).toBeGreaterThan(before);
  });

  test('panning stops following now', async ({ page }) => {
    await openApp(page, 'autoplay=1');
    const follow = page.getByRole('button', { name: 'Follow now' });
    await expect(follow).toHaveAttribute('aria-pressed', 'true');

    const { box, geometry } = await stageGeometry(page);
    const y = box.y + geometry.lanesTop + 30;
    await page.mouse.move(box.x + geometry.plotRight - 100, y);
    await page.mouse.down();
    await page.mouse.move(box.x + geometry.plotRight - 40, y, { steps: 5 });
    await page.mouse.up();
    await expect(follow).toHaveAttribute('aria-pressed', 'false');

    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
  });

  test('lesson window shows the retries', async ({ page }) => {
    // Each event's tries run at 0, 1 and 3 minutes, so the lesson opens a window over 3 minutes wide.
    await openApp(page, 'preset=async-retries&autoplay=1&speed=100');
    await expect(page.getByRole('button', { name: 'Play again from the start' })).toBeVisible({ timeout: 30_000 });
    const times = await tickTimes(page);
    expect(times[0]).toBeLessThanOrEqual(60_000);
    expect(times[times.length - 1]).toBeGreaterThanOrEqual(180_000);
    await expect(page.getByRole('button', { name: 'Follow now' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('schedule lesson shows several minutes', async ({ page }) => {
    await openApp(page, 'preset=schedule-every-minute');
    const times = await tickTimes(page);
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual(4 * 60_000);
  });

  test('throttled events fill the tray', async ({ page }) => {
    // The throttling preset sends 30 requests at once against a concurrency limit of 10.
    await openApp(page, 'preset=throttling&autoplay=1&speed=2');
    await expect(page.locator('.lanes-tray-count')).toHaveText('20', { timeout: 15_000 });
    await expect(page.locator('.lanes-labels').getByText('env 10', { exact: true })).toBeVisible();
    await expect(page.locator('.lanes-labels').getByText('env 11', { exact: true })).toHaveCount(0);
  });

  test('many environments switch to density rows', async ({ page }) => {
    const scenario = {
      version: 1,
      seed: 1,
      durationMs: 120_000,
      name: 'Burst of 400',
      description: 'A burst of 400 events that each run for a minute.',
      function: { runDurationMs: 60_000, timeoutMs: 120_000 },
      platform: { concurrencyLimit: 1_000, scaling: 'unlimited' },
      traffic: [{ source: 'api-gateway', pattern: 'burst', count: 400, atMs: 0 }],
    };
    await openApp(page, `scenario=${encodeURIComponent(JSON.stringify(scenario))}&autoplay=1`);
    await expect(page.getByText(/^Density view:/)).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.lanes-summary')).toContainText('400 environments');
    await expect(environmentButton(page, 400)).toHaveCount(0);
    await expect(page.getByText(/and 200 more environments/)).toBeAttached();
  });
});
