import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/domain';
import type { PackOrder, PackQueue, PackVerdict } from '../../src-shared/features/pack';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { type HubPlace, hubEngines, silentLogger, testHubConfig } from '../helpers/hub-engines';
import { type PrinterPeer, startPrinterPeer } from '../helpers/printer-peer';
import { pullAll, registerStation, signIn, type TestStation } from '../helpers/sync-client';
import { startStationCore, type TestStationCore } from '../helpers/station-sync';
import { smallDemo } from '../helpers/sync-hub';

// A station core (own process, real SQLite) at a pack bench: a real hub on PGlite with demo data,
// and a ZPL label printer on raw TCP (the printer peer). Every scan goes through `pack.scan`, as
// the pack screen sends it.

const pglite = hubEngines.find((engine) => engine.name === 'pglite');

describe('the pack bench against a real hub and a TCP label printer', () => {
  let place: HubPlace;
  let hub: Hub | null = null;
  let port = 0;
  let peer: PrinterPeer;
  let bench: TestStationCore;
  let observer: TestStation;
  const opened = new Set<string>();

  async function startHub(): Promise<Hub> {
    const started = await createHub(testHubConfig(place, { port }), {
      logger: silentLogger(),
      demoSize: smallDemo,
    });
    port = started.port;
    return started;
  }

  function scan(code: string, openOrderId: string | null): Promise<PackVerdict> {
    return bench.call<PackVerdict>('pack.scan', { code, openOrderId });
  }

  /** The code a packer scans for a line: its GTIN, or the SKU's own code when it has none. */
  function codeOf(line: PackOrder['lines'][number]): string {
    return line.gtin ?? line.internalCode;
  }

  /** Opens an allocated order, not held, that no test has opened yet. */
  async function openNextOrder(): Promise<PackOrder> {
    const candidates = await bench.orders({ status: 'allocated' });
    for (const candidate of candidates) {
      if (opened.has(candidate.id) || candidate.holdReasons.length > 0) continue;
      opened.add(candidate.id);
      const verdict = await scan(`ORD-${candidate.id}`, null);
      if (verdict.verdict === 'opened') return verdict.order;
    }
    throw new Error('no unopened allocated order left');
  }

  /** Scans every unit of the order; the answer of the last scan. */
  async function scanAll(order: PackOrder): Promise<PackVerdict> {
    let last: PackVerdict | null = null;
    for (const line of order.lines) {
      for (let unit = line.scannedQty; unit < line.qty; unit++)
        last = await scan(codeOf(line), order.orderId);
    }
    if (last === null) throw new Error('nothing to scan');
    return last;
  }

  async function stockOf(
    skuIds: readonly string[],
  ): Promise<{ skuId: string; onHand: number; reserved: number }[]> {
    const stock = (await pullAll(hub?.url ?? '', observer, 'stock')).documents;
    return skuIds.map((skuId) => {
      const level = stock.find((candidate) => candidate.skuId === skuId);
      if (level === undefined) throw new Error(`no stock of ${skuId}`);
      return { skuId, onHand: level.onHand, reserved: level.reserved };
    });
  }

  async function hubOrder(orderId: string): Promise<Order | undefined> {
    return (await pullAll(hub?.url ?? '', observer, 'orders')).documents.find(
      (order) => order.id === orderId,
    );
  }

  beforeAll(async () => {
    if (pglite === undefined) throw new Error('no PGlite engine');
    place = await pglite.prepare();
    hub = await startHub();
    peer = await startPrinterPeer();
    bench = await startStationCore('bench', hub.url, { labelPrinter: `${peer.host}:${peer.port}` });
    await bench.call('auth.signIn', { username: 'packer', password: 'packline' });
    await bench.waitForSync({ state: 'idle' });
    observer = await registerStation(hub.url, await signIn(hub.url, 'packer'), 'OBSERVER');
  });

  afterAll(async () => {
    await bench?.dispose();
    await peer?.close();
    await hub?.close();
    await place?.dispose();
  });

  it('opens a pick list at its first order, lines in bin-walk order', async () => {
    const queue = await bench.call<PackQueue>('pack.queue');
    const list = queue.pickLists[0];
    if (list === undefined || list.nextOrderId === null) throw new Error('the demo made no pick list');
    const verdict = await scan(list.code, null);
    opened.add(list.nextOrderId);
    expect(verdict).toMatchObject({
      verdict: 'opened',
      order: { orderId: list.nextOrderId, pickList: { code: list.code, position: 1 }, labelState: 'none' },
    });
    if (verdict.verdict !== 'opened') return;
    const bins = verdict.order.lines.map((line) => line.bin ?? '~');
    expect(bins).toEqual([...bins].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(queue.holdsCheckedAt).not.toBeNull();
  });

  it('refuses a wrong item and an unreadable code loudly and counts nothing', async () => {
    const order = await openNextOrder();
    const other = await openNextOrder();
    const stranger = other.lines.find((line) => !order.lines.some((mine) => mine.skuId === line.skuId));
    if (stranger === undefined) throw new Error('two orders with the same SKUs');
    const wrong = await scan(codeOf(stranger), order.orderId);
    const unreadable = await scan('6901234567890', order.orderId);
    expect([wrong, unreadable]).toMatchObject([
      { verdict: 'refused', reason: 'wrong_item', order: { orderId: order.orderId } },
      { verdict: 'refused', reason: 'unreadable', message: 'scan.unreadable.bad_check_digit' },
    ]);
    const after = await bench.call<PackOrder>('pack.order', { orderId: order.orderId });
    expect(after.lines.map((line) => line.scannedQty)).toEqual(order.lines.map(() => 0));
  });

  it('packs an order on its last item, prints its label, and ships it on the parcel scan', async () => {
    const order = await openNextOrder();
    const [line] = order.lines;
    if (line === undefined) throw new Error('an order without lines');
    const first = await scan(codeOf(line), order.orderId);
    if (first.verdict !== 'counted' && first.verdict !== 'packed') throw new Error(first.verdict);
    const last = first.verdict === 'packed' ? first : await scanAll(first.order);
    expect(last).toMatchObject({ verdict: 'packed', order: { status: 'packed' } });
    const trackingNo = order.waybill?.trackingNo ?? '';
    const [label] = await peer.waitForJobs(1);
    expect(label).toContain(trackingNo);
    expect(label).toContain('^CI28');
    // The sender block is the warehouse's, as the hub sent it when the station registered.
    expect(label).toContain('Packline 上海浦东仓');
    // The screen's preview is the same label drawn as SVG.
    const preview = await bench.call<{ svg: string } | null>('pack.labelPreview', { orderId: order.orderId });
    expect(preview?.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(preview?.svg).toContain(trackingNo);
    await expect
      .poll(async () => (await bench.call<PackOrder>('pack.order', { orderId: order.orderId })).labelState)
      .toBe('printed');
    const shipped = await scan(trackingNo, order.orderId);
    expect(shipped).toMatchObject({ verdict: 'shipped', order: { status: 'shipped' } });
    await bench.waitForSync({ pendingCommands: 0 });
    await expect
      .poll(async () => (await hubOrder(order.orderId))?.status, { timeout: 20_000 })
      .toBe('shipped');
    expect((await hubOrder(order.orderId))?.label?.trackingNo).toBe(trackingNo);
  });

  it('refuses the parcel of another order and the last item scanned twice', async () => {
    const order = await openNextOrder();
    const packed = await scanAll(order);
    const again = await scan(codeOf(order.lines[0]!), order.orderId);
    const foreign = await scan('SF9999999999999', order.orderId);
    expect([packed.verdict, again, foreign]).toMatchObject([
      'packed',
      { verdict: 'refused', reason: 'wrong_status' },
      { verdict: 'refused', reason: 'unknown_code' },
    ]);
  });

  it('reports damage with the command barcode, which holds the order for the back office', async () => {
    const order = await openNextOrder();
    const reported = await scan('CMD-DAMAGED', order.orderId);
    expect(reported).toMatchObject({
      verdict: 'exception',
      kind: 'damaged',
      order: { holds: [{ reason: 'exception' }] },
    });
    expect(await scan(codeOf(order.lines[0]!), order.orderId)).toMatchObject({
      verdict: 'refused',
      reason: 'held',
    });
    await bench.call('pack.scan', { code: 'CMD-CANCEL', openOrderId: order.orderId });
    expect(await scan(`ORD-${order.orderId}`, null)).toMatchObject({
      verdict: 'refused',
      reason: 'held',
      order: { holds: [{ reason: 'exception' }] },
    });
  });

  it('files an order code nobody has as "no such order"', async () => {
    const unknown = await scan('ORD-01ZZZZZZZZZZZZZZZZZZZZZZZZ', null);
    const reported = await scan('CMD-NO-SUCH-ORDER', null);
    const nothingToReport = await scan('CMD-NO-SUCH-ORDER', null);
    expect([unknown, reported, nothingToReport]).toMatchObject([
      { verdict: 'refused', reason: 'no_such_order' },
      { verdict: 'closed' },
      { verdict: 'refused', reason: 'no_order_open' },
    ]);
  });

  it('holds labels while the printer is out of paper and prints each once when it is loaded', async () => {
    peer.setState('paper_out');
    const before = peer.jobs().length;
    const orders = [await openNextOrder(), await openNextOrder()];
    for (const order of orders) expect(await scanAll(order)).toMatchObject({ verdict: 'packed' });
    await expect
      .poll(
        async () => (await bench.call<PackOrder>('pack.order', { orderId: orders[0]!.orderId })).labelState,
        {
          timeout: 10_000,
        },
      )
      .toBe('waiting');
    peer.setState('ready');
    const printed = (await peer.waitForJobs(before + 2, 60_000)).slice(before);
    expect(
      orders.map((order) => printed.filter((job) => job.includes(order.waybill?.trackingNo ?? '?')).length),
    ).toEqual([1, 1]);
  });

  it('packs, labels and ships three orders with the hub stopped; the hub ships them and confirms their stock', async () => {
    const orders = [await openNextOrder(), await openNextOrder(), await openNextOrder()];
    const units = new Map<string, number>();
    for (const line of orders.flatMap((order) => order.lines)) {
      units.set(line.skuId, (units.get(line.skuId) ?? 0) + line.qty);
    }
    const stockBefore = await stockOf([...units.keys()]);
    await hub?.close();
    hub = null;
    const before = peer.jobs().length;
    for (const order of orders) {
      expect(await scanAll(order)).toMatchObject({ verdict: 'packed' });
      await expect
        .poll(async () => (await bench.call<PackOrder>('pack.order', { orderId: order.orderId })).labelState)
        .toBe('printed');
      expect(await scan(order.waybill?.trackingNo ?? '', order.orderId)).toMatchObject({
        verdict: 'shipped',
      });
    }
    expect(peer.jobs().length - before).toBe(3);

    hub = await startHub();
    await bench.waitForSync({ state: 'idle', pendingCommands: 0 }, 60_000);
    const atHub = await Promise.all(orders.map((order) => hubOrder(order.orderId)));
    expect(atHub.map((order) => order?.status)).toEqual(['shipped', 'shipped', 'shipped']);
    // Shipping confirmed each reservation: the units left the shelf and are no longer reserved.
    const stockAfter = await stockOf([...units.keys()]);
    expect(stockAfter).toEqual(
      stockBefore.map((level) => ({
        ...level,
        onHand: level.onHand - (units.get(level.skuId) ?? 0),
        reserved: level.reserved - (units.get(level.skuId) ?? 0),
      })),
    );
    expect(
      (await bench.attention()).filter((item) => orders.some((order) => order.orderId === item.orderId)),
    ).toEqual([]);
  });
});
