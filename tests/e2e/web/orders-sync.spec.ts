import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from '../support/two-stations';

/** Replication after a hub restart waits out a backoff step: allow for it, not for a hang. */
const convergeTimeout = 45_000;

async function signInAsClerk(page: Page): Promise<void> {
  await signIn(page, 'clerk', 'packline');
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
}

/** The first `count` order numbers on the first page of the list. */
async function firstOrderNumbers(page: Page, count: number): Promise<string[]> {
  const numbers = page.locator('.order-table__no');
  await expect(numbers.nth(count - 1)).toBeVisible({ timeout: 30_000 });
  return (await numbers.allTextContents()).slice(0, count);
}

/** Searches for one order number and returns its row, once the list shows exactly that order. */
async function findOrder(page: Page, orderNo: string): Promise<Locator> {
  await page.getByLabel('Search').fill(orderNo);
  const row = page.getByRole('row').filter({ hasText: orderNo });
  await expect(row).toHaveCount(1, { timeout: convergeTimeout });
  return row;
}

async function holdOpenOrder(page: Page, orderNo: string, reason: string): Promise<void> {
  const detail = page.getByTestId('order-detail');
  await expect(detail.getByRole('heading', { name: orderNo })).toBeFocused();
  await page.keyboard.press('h');
  await detail.getByLabel('Reason').selectOption(reason);
  await detail.getByLabel('Note (optional)').fill('checked by phone');
  await detail.getByRole('button', { name: 'Hold order' }).click();
  await expect(detail.getByRole('status')).toHaveText(
    'Order held. It shows "Pending sync" until the hub confirms it.',
  );
}

test('two desks on one hub: holds reach the other desk, also after the hub was gone', async ({
  pageA,
  pageB,
  hub,
}) => {
  test.setTimeout(240_000);
  await signInAsClerk(pageA);
  await signInAsClerk(pageB);
  const [first, second] = await firstOrderNumbers(pageA, 2);
  if (!first || !second) throw new Error('the demo hub has fewer than two orders');

  // Online: A holds an order; B shows it held without anyone reloading.
  const firstOnA = await findOrder(pageA, first);
  await firstOnA.click();
  await holdOpenOrder(pageA, first, 'address_unclear');
  await expect(firstOnA).toContainText('Held: Address unclear');
  await expect(firstOnA.getByTestId('pending-marker')).toHaveCount(0, { timeout: convergeTimeout });
  await expect(await findOrder(pageB, first)).toContainText('Held: Address unclear', {
    timeout: convergeTimeout,
  });

  // The hub goes away: both desks say so, still list orders, and A can hold another order.
  await hub.stop();
  for (const page of [pageA, pageB]) {
    await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  }
  await pageA.keyboard.press('Escape');
  const secondOnA = await findOrder(pageA, second);
  const secondOnB = await findOrder(pageB, second);
  await expect(secondOnB).not.toContainText('Held');
  await secondOnA.click();
  await holdOpenOrder(pageA, second, 'manual');
  await expect(secondOnA).toContainText('Held: Manual');
  await expect(secondOnA.getByTestId('pending-marker')).toHaveText('Pending sync');
  await expect(pageA.getByTestId('sync-pending')).toContainText('1 pending · oldest');

  // The hub is back on the same data and port: A's hold is confirmed and B sees it.
  await hub.start();
  await expect(secondOnA.getByTestId('pending-marker')).toHaveCount(0, { timeout: convergeTimeout });
  await expect(pageA.getByTestId('sync-pending')).toHaveCount(0);
  await expect(secondOnB).toContainText('Held: Manual', { timeout: convergeTimeout });
  for (const page of [pageA, pageB]) {
    await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'idle', {
      timeout: convergeTimeout,
    });
  }
  await expect(await findOrder(pageB, first)).toContainText('Held: Address unclear');
});

test('two desks release the same hold offline: the hub refuses the second, and that desk is told why', async ({
  pageA,
  pageB,
  hub,
}) => {
  test.setTimeout(240_000);
  await signInAsClerk(pageA);
  await signInAsClerk(pageB);
  const [orderNo] = await firstOrderNumbers(pageA, 1);
  if (!orderNo) throw new Error('the demo hub has no orders');
  const onA = await findOrder(pageA, orderNo);
  await onA.click();
  await holdOpenOrder(pageA, orderNo, 'fraud_review');
  const onB = await findOrder(pageB, orderNo);
  await expect(onB).toContainText('Held: Fraud review', { timeout: convergeTimeout });
  await expect(onA.getByTestId('pending-marker')).toHaveCount(0, { timeout: convergeTimeout });

  // Offline, each desk releases the hold it sees; each desk shows the order released at once.
  await hub.stop();
  await onB.click();
  for (const page of [pageA, pageB]) {
    await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
    await page.getByTestId('order-detail').getByRole('button', { name: 'Release' }).click();
    await expect(page.getByTestId('order-detail').getByRole('status')).toHaveText(
      'Hold released. It shows "Pending sync" until the hub confirms it.',
    );
  }

  // Back online, whichever release reached the hub second is refused, and only that desk says so.
  await hub.start();
  const attention = [pageA, pageB].map((page) => page.getByTestId('attention-button'));
  await expect
    .poll(async () => (await attention[0]!.count()) + (await attention[1]!.count()), {
      timeout: convergeTimeout,
    })
    .toBe(1);
  const refused = (await attention[0]!.count()) === 1 ? pageA : pageB;
  await expect(refused.getByTestId('attention-button')).toHaveText('1need attention');
  await refused.getByTestId('attention-button').click();
  const drawer = refused.getByRole('dialog', { name: 'Needs attention' });
  const item = drawer.getByRole('listitem');
  await expect(item).toContainText('Release hold');
  await expect(item).toContainText(orderNo);
  await expect(item).toContainText('The hold had already been released.');
  await expect(item).toContainText('By you');

  await item.getByRole('button', { name: 'Dismiss' }).click();
  await expect(drawer.getByTestId('attention-empty')).toBeVisible();
  await expect(refused.getByTestId('attention-button')).toHaveCount(0);
  await refused.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  for (const page of [pageA, pageB]) await expect(await findOrder(page, orderNo)).not.toContainText('Held');
});
