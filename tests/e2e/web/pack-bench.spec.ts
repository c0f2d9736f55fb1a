import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Order, Sku, StockLevel } from '../../../src-shared/domain';
import { type PrinterPeer, startPrinterPeer } from '../../helpers/printer-peer';
import { makeTempDir, type RunningProcess, startStationHost } from '../../helpers/processes';
import { typeScanBurst } from '../../helpers/scan-burst';
import { pullAll, registerStation, signIn as signInAtHub, type TestStation } from '../../helpers/sync-client';
import { expect, signIn, test as base } from '../support/fixtures';

/** Replication after a hub restart waits out a backoff step: allow for it, not for a hang. */
const convergeTimeout = 60_000;

type PackBench = { peer: PrinterPeer; bench: RunningProcess; benchPage: Page };

/**
 * A pack bench: a station host whose device settings name a ZPL label printer on raw TCP — the
 * printer peer, which captures every label — and a page on it in Chromium.
 */
const test = base.extend<PackBench>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  peer: async ({}, use) => {
    const peer = await startPrinterPeer();
    await use(peer);
    await peer.close();
  },
  bench: async ({ hub, peer }, use) => {
    const data = makeTempDir('packline-bench-');
    mkdirSync(join(data.path, 'station'), { recursive: true });
    const settings = {
      version: 1,
      printers: [
        {
          id: 'bench-zebra',
          name: 'Zebra at bench 1',
          language: 'zpl',
          connection: { kind: 'tcp', host: peer.host, port: peer.port },
        },
      ],
      labelPrinterId: 'bench-zebra',
      slipPrinterId: null,
      scanner: { timing: { kind: 'built-in', profileId: 'usb-wedge' }, isUsbEnabled: false },
    };
    writeFileSync(join(data.path, 'station', 'devices.json'), JSON.stringify(settings));
    const bench = await startStationHost(hub.url, data.path);
    await use(bench);
    await bench.stop();
    data.remove();
  },
  benchPage: async ({ browser, bench }, use) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${bench.url}/?lang=en`);
    await use(page);
    await context.close();
  },
});

/**
 * Does `act` and waits for the one verdict it paints (the banner counts verdicts), so the next step
 * never reads a count a late verdict is about to change.
 */
async function actFor(page: Page, act: () => Promise<void>, verdict: string): Promise<void> {
  const banner = page.getByTestId('pack-verdict');
  const before = (await banner.count()) === 0 ? 0 : Number((await banner.getAttribute('data-seq')) ?? '0');
  await act();
  await expect(banner).toHaveAttribute('data-seq', String(before + 1), { timeout: 15_000 });
  await expect(banner).toHaveAttribute('data-verdict', verdict);
}

/** Scans and waits for the verdict painted for it. */
async function scanFor(page: Page, code: string, verdict: string): Promise<void> {
  await actFor(page, () => typeScanBurst(page, code), verdict);
}

/** The hub's view, through a station registration of its own (as a second bench would pull it). */
async function hubView(hubUrl: string, observer: TestStation) {
  const [orders, skus, stock] = await Promise.all([
    pullAll(hubUrl, observer, 'orders'),
    pullAll(hubUrl, observer, 'skus'),
    pullAll(hubUrl, observer, 'stock'),
  ]);
  return {
    orders: new Map(orders.documents.map((order: Order) => [order.id, order])),
    skus: new Map(skus.documents.map((sku: Sku) => [sku.id, sku])),
    stock: new Map(stock.documents.map((level: StockLevel) => [level.skuId, level])),
  };
}

/** Scans every unit of `order`, by GTIN or by the SKU's own code where it has none. */
async function scanEveryItem(page: Page, order: Order, skus: ReadonlyMap<string, Sku>): Promise<void> {
  const units = order.lines.flatMap((line) => Array.from({ length: line.qty }, () => line.skuId));
  for (const [index, skuId] of units.entries()) {
    const sku = skus.get(skuId);
    if (sku === undefined) throw new Error(`no SKU ${skuId}`);
    await scanFor(page, sku.gtin ?? sku.internalCode, index === units.length - 1 ? 'packed' : 'counted');
  }
}

test('a packer packs, labels and ships at the bench, also with the hub stopped', async ({
  hub,
  peer,
  benchPage: page,
}) => {
  test.setTimeout(300_000);
  const observer = await registerStation(hub.url, await signInAtHub(hub.url, 'packer'), 'OBSERVER');
  const before = await hubView(hub.url, observer);
  const packable = [...before.orders.values()].filter(
    (order) => order.status === 'allocated' && order.holds.length === 0 && order.waybill !== null,
  );
  const [first, ...rest] = packable;
  const offline = rest.slice(0, 3);
  if (first === undefined || offline.length < 3) throw new Error('the demo hub has too few packable orders');

  await signIn(page, 'packer', 'packline');
  await expect(page.getByTestId('pack-waiting')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });

  // A code nobody has, reported with F8 as "no such order": an exception for the back office.
  await scanFor(page, 'ORD-01ZZZZZZZZZZZZZZZZZZZZZZZZ', 'no_such_order');
  await actFor(page, () => page.keyboard.press('F8'), 'closed');

  // One whole order: opened by scan, one wrong item refused loudly, every item, label, scan-out.
  await scanFor(page, `ORD-${first.id}`, 'opened');
  await expect(page.getByTestId('pack-line')).toHaveCount(first.lines.length);
  const stranger = [...before.skus.values()].find(
    (sku) => sku.gtin && !first.lines.some((l) => l.skuId === sku.id),
  );
  await scanFor(page, stranger?.gtin ?? '', 'wrong_item');
  await scanEveryItem(page, first, before.skus);
  await expect(peer.waitForJobs(1, 30_000)).resolves.toHaveLength(1);
  expect(peer.jobs()[0]).toContain(first.waybill?.trackingNo);
  await expect(page.getByTestId('pack-label')).toContainText('Printed', { timeout: 15_000 });
  await scanFor(page, first.waybill?.trackingNo ?? '', 'shipped');

  // The hub goes away: three more orders are packed, labelled and shipped at the bench.
  await hub.stop();
  await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  for (const [index, order] of offline.entries()) {
    // Esc leaves the shipped order; its verdict lands before the next scan reads the count.
    await actFor(page, () => page.keyboard.press('Escape'), 'closed');
    await scanFor(page, `ORD-${order.id}`, 'opened');
    await scanEveryItem(page, order, before.skus);
    await peer.waitForJobs(index + 2, 30_000);
    await expect(page.getByTestId('pack-label')).toContainText('Printed', { timeout: 15_000 });
    await scanFor(page, order.waybill?.trackingNo ?? '', 'shipped');
  }
  expect(peer.jobs()).toHaveLength(4);

  // The hub is back: every command reaches it once; the three shipped and their stock confirmed.
  await hub.start();
  await expect(page.getByTestId('sync-pill')).toHaveAttribute('data-state', 'idle', {
    timeout: convergeTimeout,
  });
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: convergeTimeout });
  const after = await hubView(hub.url, observer);
  expect([first, ...offline].map((order) => after.orders.get(order.id)?.status)).toEqual([
    'shipped',
    'shipped',
    'shipped',
    'shipped',
  ]);
  const shippedUnits = new Map<string, number>();
  for (const line of [first, ...offline].flatMap((order) => order.lines)) {
    shippedUnits.set(line.skuId, (shippedUnits.get(line.skuId) ?? 0) + line.qty);
  }
  for (const [skuId, units] of shippedUnits) {
    const was = before.stock.get(skuId);
    expect(after.stock.get(skuId)).toMatchObject({
      onHand: (was?.onHand ?? 0) - units,
      reserved: (was?.reserved ?? 0) - units,
    });
  }
});
