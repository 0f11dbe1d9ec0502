import { expect, openApp, test } from './fixtures';

test.describe('live region', () => {
  test('announces the first cold start', async ({ page }) => {
    await openApp(page);
    const region = page.locator('[aria-live="polite"][role="status"]').filter({ hasText: /cold start/ });

    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await page.getByRole('button', { name: 'Step to the next event' }).click();
    await expect(region).toHaveText('First cold start: Lambda is starting a new execution environment.');
  });

  test('sums up throttles at a readable pace', async ({ page }) => {
    await openApp(page, 'preset=throttling&speed=20&autoplay=1');
    const region = page.getByRole('status').filter({ hasText: /throttled/ });
    await expect(region).toContainText(/\d+ events throttled/);

    // Every message the region showed over four seconds, with the time it appeared.
    const messages = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const times: number[] = [];
          const live = [...document.querySelectorAll('[aria-live="polite"][role="status"]')].find((node) =>
            /throttled|cold start/.test(node.textContent ?? ''),
          );
          if (!live) return resolve([]);
          new MutationObserver(() => times.push(performance.now())).observe(live, { childList: true, subtree: true });
          setTimeout(() => resolve(times), 4_000);
        }),
    );
    for (let i = 1; i < messages.length; i++) expect(messages[i] - messages[i - 1]).toBeGreaterThan(2_000);
  });
});
