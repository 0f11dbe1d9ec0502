import { expect, openApp, test } from './fixtures';

/** The most demanding settings the controls allow, as a scenario in the address. */
const EXTREME_SCENARIO = {
  version: 1,
  durationMs: 15 * 60_000,
  function: { memoryMb: 10_240, runDurationMs: 15 * 60_000, timeoutMs: 900_000 },
  platform: { concurrencyLimit: 10_000, idleLifetimeMs: 0 },
  traffic: [{ source: 'api-gateway', pattern: 'constant', ratePerSec: 10_000 }],
};

test.describe('frame budget', () => {
  test('extreme settings keep the page responsive', async ({ page }, testInfo) => {
    const query = new URLSearchParams({ scenario: JSON.stringify(EXTREME_SCENARIO), speed: '1000', autoplay: '1' });
    await openApp(page, query.toString());
    await expect(page.getByText(/^Running at .+× of 1,000×/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('running-behind.png') });

    // The longest gap between animation frames over three seconds of play.
    const longestGapMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let previous = performance.now();
          let longest = 0;
          const started = previous;
          const frame = (time: number) => {
            longest = Math.max(longest, time - previous);
            previous = time;
            if (time - started < 3_000) requestAnimationFrame(frame);
            else resolve(longest);
          };
          requestAnimationFrame(frame);
        }),
    );
    // A frozen page would stall for seconds; the bound leaves room for a busy shared machine.
    expect(longestGapMs).toBeLessThan(500);

    // The page still responds to clicks while the run plays.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.getByText(/^Running at/)).toHaveCount(0);
  });
});
