import { expect, openApp, test } from './fixtures';

const MARKUP = '<b>bold</b><img src=x onerror="document.title=1">';

test.describe('untrusted text', () => {
  test('an address value shows as text', async ({ page }) => {
    await openApp(page, new URLSearchParams({ preset: MARKUP }).toString());
    const notice = page.getByRole('alert').filter({ hasText: 'is not known' });

    await expect(notice).toContainText(MARKUP.slice(0, 40));
    await expect(notice.locator('b, img')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
  });
});
