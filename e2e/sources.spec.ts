import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Returns the sentence that describes the source whose box is titled `title`. */
function sourceText(page: Page, title: string) {
  return page.getByRole('list', { name: 'Event sources' }).getByRole('listitem').filter({ hasText: title });
}

function recentInvocation(page: Page, id: number) {
  return page.getByRole('region', { name: 'Recent invocations' }).getByRole('button', { name: new RegExp(`^Invocation ${id}:`) });
}

/** Reads a whole number that follows `label` in the element's text. */
async function numberAfter(locator: ReturnType<Page['locator']>, label: string): Promise<number> {
  const text = await locator.innerText();
  const match = new RegExp(`${label} ([\\d,]+)`).exec(text);
  if (!match) throw new Error(`"${label}" not found in: ${text}`);
  return Number(match[1].replaceAll(',', ''));
}

/** Reads the iterator age of a shard, in milliseconds, from the stream's sentence. */
async function iteratorAgeMs(page: Page, title: string, shard: number): Promise<number> {
  const text = await sourceText(page, title).innerText();
  const match = new RegExp(`Shard ${shard}: pending records \\d+, iterator age ([\\d.]+) (ms|s|min)`).exec(text);
  if (!match) throw new Error(`No age of shard ${shard} in: ${text}`);
  const unit = { ms: 1, s: 1_000, min: 60_000 }[match[2] as 'ms' | 's' | 'min'];
  return Number(match[1]) * unit;
}

/** Matches the sentence of one shard ending in `state`, such as "flowing". */
function shardPattern(shard: number, state: string): RegExp {
  return new RegExp(`Shard ${shard}: pending records [\\d,]+, iterator age [\\d.]+ \\w+, ${state}\\.`);
}

/** Returns the body rows of the inspector's table of source events. */
function eventRows(page: Page) {
  return page.getByRole('region', { name: 'Source events' }).locator('tbody tr');
}

function traysText(page: Page) {
  return page.locator('.lanes-view .visually-hidden p');
}

test.describe('event sources', () => {
  test('gateway answers 504 while busy', async ({ page }) => {
    await openApp(page, 'preset=gateway-timeout&autoplay=1&speed=4');
    await expect(page.getByText('What to watch:')).toBeVisible();
    const gateway = sourceText(page, 'REST API');
    await expect(gateway).toContainText('answered 504 Gateway Timeout 1', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();

    // The caller got its 504 at 29 s, but the handler runs to 45 s, so environment 1 is still busy.
    await expect(page.getByRole('list', { name: 'Environments, one per lane' }).getByRole('button', { name: /^Environment 1,/ })).toHaveText(
      /invoking/,
    );
    await recentInvocation(page, 1).click();
    const events = page.getByRole('table').filter({ hasText: 'Caller got' });
    await expect(events.getByRole('row', { name: /Event 1/ })).toContainText('504 at 00:29.000');
    await expect(page.getByRole('article').getByText('In flight', { exact: true }).first()).toBeVisible();
  });

  test('async events retry then give up', async ({ page }) => {
    await openApp(page, 'preset=async-retries&autoplay=1&speed=100');
    await expect(page.getByRole('button', { name: 'Play again from the start' })).toBeVisible({ timeout: 30_000 });

    const recent = page.getByRole('region', { name: 'Recent invocations' });
    await expect(recent.getByRole('button', { name: /\(try 2\)/ }).first()).toBeAttached();
    await expect(recent.getByRole('button', { name: /\(try 3\)/ }).first()).toBeAttached();
    await expect(sourceText(page, 'uploads bucket')).toContainText('retries 4');
    await expect(sourceText(page, 'uploads bucket')).toContainText('lost 2');
    await expect(sourceText(page, 'orders topic')).toContainText('Dead-lettered 1');
    await expect(traysText(page)).toContainText('Dead-letter queue: 1.');
    await expect(traysText(page)).toContainText('Lost: 2.');

    // The last try of the first upload: its event ran three times and was dropped.
    await recent.getByRole('button', { name: /S3.*\(try 3\)/ }).first().click();
    const row = eventRows(page).first();
    await expect(row).toContainText('Lost (dropped)');
    await expect(row.getByRole('cell').nth(1)).toHaveText('3');
  });

  test('poison record blocks its shard', async ({ page }) => {
    await openApp(page, 'preset=poison-record&autoplay=1&speed=2');
    const stream = sourceText(page, 'orders table stream');
    await expect(stream).toContainText(shardPattern(0, 'blocked by a failing batch'), { timeout: 20_000 });
    await expect(stream).toContainText(shardPattern(1, 'flowing'));

    const before = await iteratorAgeMs(page, 'orders table stream', 0);
    await expect.poll(() => iteratorAgeMs(page, 'orders table stream', 0), { timeout: 15_000 }).toBeGreaterThan(before + 2_000);
    await expect(stream).toContainText(shardPattern(1, 'flowing'));
    expect(await iteratorAgeMs(page, 'orders table stream', 1)).toBeLessThan(2_000);
  });

  test('SQS back-off settings change the run', async ({ page }) => {
    await openApp(page, 'preset=sqs-throttled-to-dlq');
    const options = page.getByRole('group', { name: 'Source options: jobs queue (sqs)' });
    const pause = options.getByRole('spinbutton', { name: 'Poller pause after a failed or throttled batch' });
    const dropped = options.getByRole('spinbutton', { name: 'Pollers dropped after a failed or throttled batch' });
    await expect(pause).toHaveValue('1');
    await expect(dropped).toHaveValue('1');
    // Both defaults are labelled as assumptions, because AWS publishes neither figure.
    await expect(options.locator('details.assumption')).toHaveCount(2);

    // Without any back-off, every poller beyond the limit of 10 is throttled once: 20 batches of 10.
    await pause.fill('0');
    await dropped.fill('0');
    await page.getByRole('slider', { name: 'Speed' }).fill('1000');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play again from the start' })).toBeVisible({ timeout: 30_000 });
    // The source sentences refresh twice a second, so they may trail the end of the run.
    await expect.poll(() => numberAfter(sourceText(page, 'jobs queue'), 'Dead-lettered')).toBe(200);
  });

  test('throttled SQS messages are dead-lettered', async ({ page }) => {
    await openApp(page, 'preset=sqs-throttled-to-dlq&autoplay=1&speed=5');
    const queue = sourceText(page, 'jobs queue');
    await expect(queue).toContainText('Dead-lettered 0');
    await expect(traysText(page)).toContainText('Dead-letter queue: 0.');
    // The throttled batches come back after the 30 s visibility timeout and go to the dead-letter queue.
    await expect.poll(() => numberAfter(queue, 'Dead-lettered'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(traysText(page)).toContainText(/Dead-letter queue: [1-9]/);

    // Every handler that ran succeeded, so each message either ran and was deleted or never ran.
    await expect(page.getByRole('button', { name: 'Play again from the start' })).toBeVisible({ timeout: 30_000 });
    const deleted = await numberAfter(queue, 'processed and deleted');
    const deadLettered = await numberAfter(queue, 'Dead-lettered');
    expect(deadLettered).toBeGreaterThan(0);
    expect(deleted + deadLettered).toBe(300);
  });

  test('schedule fires once a minute', async ({ page }) => {
    await openApp(page, 'preset=schedule-every-minute&autoplay=1&speed=200');
    const recent = page.getByRole('region', { name: 'Recent invocations' });
    await expect(recent.getByRole('button', { name: /^Invocation 3:/ })).toBeAttached({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();

    const arrivals: string[] = [];
    for (const id of [1, 2, 3]) {
      await recentInvocation(page, id).click();
      const arrival = page.getByRole('article').getByRole('definition').nth(1);
      arrivals.push(await arrival.innerText());
    }
    expect(arrivals).toEqual(['01:00.000', '02:00.000', '03:00.000']);

    // A schedule that never fails can neither dead-letter nor lose an event, so those trays stay away.
    await expect(page.locator('.lanes-tray-dlq')).toBeHidden();
    await expect(page.locator('.lanes-tray-lost')).toBeHidden();
    await expect(page.locator('.lanes-tray-title').first()).toHaveText('Throttled');
    await expect(page.locator('.lanes-tray .lanes-tray-note').first()).toHaveText('invocations, not events');
  });

  test('failing an event blocks its shard', async ({ page }) => {
    const scenario = {
      version: 1,
      seed: 1,
      durationMs: 120_000,
      name: 'Stream to fail by hand',
      description: 'A DynamoDB stream with 2 shards and a slow handler, so a batch is in flight long enough to fail it.',
      function: { runDurationMs: 4_000, timeoutMs: 10_000 },
      traffic: [{ source: 'dynamodb-stream', label: 'orders stream', pattern: 'constant', ratePerSec: 1, options: { shards: 2 } }],
    };
    await openApp(page, `scenario=${encodeURIComponent(JSON.stringify(scenario))}&autoplay=1&speed=2`);
    const recent = page.getByRole('region', { name: 'Recent invocations' });
    const running = recent.getByRole('button', { name: /\(running\)$/ }).first();
    await expect(running).toBeAttached({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await running.click();

    const fail = page.getByRole('button', { name: /^Fail this event, event \d+/ }).first();
    await expect(fail).toBeEnabled();
    await fail.click();
    await expect(page.getByRole('status').filter({ hasText: /now fails every time/ })).toBeVisible();
    const shard = await eventRows(page).first().getByRole('cell').nth(2).innerText();

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(sourceText(page, 'orders stream')).toContainText(shardPattern(Number(shard), 'blocked by a failing batch'), {
      timeout: 20_000,
    });
  });
});
