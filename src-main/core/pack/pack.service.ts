import type { SkuDoc } from '../../../src-shared/db';
import { type Actor, type ExceptionKind, isOrderFullyScanned, type Order } from '../../../src-shared/domain';
import type { IssueCommand } from '../../../src-shared/features/orders';
import type { PackOrder, PackQueue, PackRefusal, PackVerdict } from '../../../src-shared/features/pack';
import { classifyScan, type ScanVerdict, toGtin14 } from '../../../src-shared/features/scanning';
import type { StationRepos } from '../db';
import type { OrdersService } from '../sync';
import type { LabelDesk } from './label-desk';
import { packRefusalOf } from './pack-refusals';
import { type PackViewParts, packOrderOf } from './pack-view';
import { createPackQueue } from './pack-queue';

/** Who scanned: the signed-in person, and their window (a bench remembers per window). */
export type PackCaller = { readonly actor: Actor; readonly sessionId: string };

/** A scan at the bench with the order the screen has open. */
export type PackScanInput = {
  readonly code: string;
  readonly symbology?: string;
  readonly openOrderId: string | null;
};

/** The pack bench's work: every scan decided here, against the station's optimistic orders. */
export type PackService = {
  scan(input: PackScanInput, caller: PackCaller): Promise<PackVerdict>;
  order(orderId: string): Promise<PackOrder | null>;
  queue(): Promise<PackQueue>;
  reportException(
    input: { orderId: string; kind: ExceptionKind; skuId?: string; note: string },
    caller: PackCaller,
  ): Promise<PackVerdict>;
  reprint(orderId: string, reason: string, caller: PackCaller): Promise<PackVerdict>;
  batchPrint(caller: PackCaller): Promise<{ queued: number }>;
  /** The order's shipping label as SVG; null without the order or its waybill. */
  labelPreview(orderId: string): Promise<{ svg: string } | null>;
};

export type PackServiceDeps = {
  readonly repos: StationRepos;
  readonly orders: OrdersService;
  readonly labels: LabelDesk;
  /** When the station last pulled every hold (the sync state's last full pull). */
  readonly holdsCheckedAt: () => string | null;
};

/** The open order with what its view is built from, so a command's result is shown without re-reading. */
type Loaded = { readonly order: Order; readonly view: PackOrder; readonly parts: PackViewParts };

/** Creates the {@link PackService}. */
export function createPackService(deps: PackServiceDeps): PackService {
  const { repos, orders, labels } = deps;
  const queue = createPackQueue(deps);
  // The last order code nobody has: CMD-NO-SUCH-ORDER reports it. Per window, forgotten on any other scan.
  const unknownOrderCode = new Map<string, string>();

  async function load(orderId: string): Promise<Loaded | null> {
    const view = (await orders.views([orderId])).get(orderId);
    if (view?.order == null) return null;
    const order = view.order;
    const [skus, pickList, labelJobs] = await Promise.all([
      repos.skus.findByIds(order.lines.map((line) => line.skuId)),
      order.pickListId === null ? null : repos.pickLists.getById(order.pickListId),
      labels.labelStates([order.id]),
    ]);
    return loadedOf({
      order,
      skus: new Map(skus.map((sku) => [sku.id, sku])),
      pickList,
      labelJob: labelJobs.get(order.id),
      isPending: view.pendingCommandIds.length > 0,
    });
  }

  function loadedOf(parts: PackViewParts): Loaded {
    return { order: parts.order, view: packOrderOf(parts), parts };
  }

  /** The label was just queued: the view says so without reading the queue back. */
  function withLabelQueued(loaded: Loaded): Loaded {
    return loadedOf({ ...loaded.parts, labelJob: { state: 'queued', problem: null } });
  }

  /** SKUs keep their GTIN as printed (8, 12, 13 or 14 digits); a scan reads as GTIN-14. */
  async function findSkuByGtin14(gtin14: string): Promise<SkuDoc | undefined> {
    for (const length of [13, 12, 14, 8]) {
      const padding = gtin14.slice(0, 14 - length);
      if (/^0*$/.test(padding)) {
        const sku = await repos.skus.findByGtin(gtin14.slice(14 - length));
        if (sku !== undefined) return sku;
      }
    }
    return undefined;
  }

  function refused(reason: PackRefusal, message: string, scanned: string, open: Loaded | null): PackVerdict {
    return { verdict: 'refused', reason, message, scanned, order: open?.view ?? null };
  }

  /** Issues a command for the open order and answers with its fresh view, or the refusal. */
  async function issue(
    input: IssueCommand,
    caller: PackCaller,
    scanned: string,
    open: Loaded,
  ): Promise<{ ok: true; loaded: Loaded } | { ok: false; verdict: PackVerdict }> {
    const outcome = await orders.tryIssue(input, caller.actor);
    if (!outcome.ok)
      return { ok: false, verdict: refused(packRefusalOf(outcome.code), outcome.message, scanned, open) };
    // The reducer's order is what the station now shows: the command just queued is pending.
    const order = outcome.order ?? open.order;
    return { ok: true, loaded: loadedOf({ ...open.parts, order, isPending: true }) };
  }

  async function openOrder(orderId: string, scanned: string): Promise<PackVerdict> {
    const loaded = await load(orderId);
    if (loaded === null)
      return refused('no_such_order', `No order ${scanned} on this station`, scanned, null);
    const { order } = loaded;
    if (order.holds.length > 0) return refused('held', `${order.platformOrderNo} is held`, scanned, loaded);
    if (order.status === 'cancelled')
      return refused('cancelled', `${order.platformOrderNo} was cancelled`, scanned, loaded);
    if (order.status === 'imported') {
      return refused('wrong_status', `${order.platformOrderNo} has no stock reserved yet`, scanned, loaded);
    }
    return { verdict: 'opened', order: loaded.view };
  }

  /** A product scanned into the open order: counted, and the last one packs it and queues its label. */
  async function countItem(open: Loaded, sku: SkuDoc | undefined, scanned: string, caller: PackCaller) {
    const line = open.order.lines.find((candidate) => candidate.skuId === sku?.id);
    if (sku === undefined)
      return refused('unknown_code', `${scanned} is no product this station knows`, scanned, open);
    if (line === undefined) {
      return refused('wrong_item', `${sku.name} (${sku.internalCode}) is not in this order`, scanned, open);
    }
    const counted = await issue(
      { type: 'item.scanned', payload: { orderId: open.order.id, skuId: sku.id, qty: 1 } },
      caller,
      scanned,
      open,
    );
    if (!counted.ok) return counted.verdict;
    if (!isOrderFullyScanned(counted.loaded.order)) {
      return { verdict: 'counted', order: counted.loaded.view, skuId: sku.id } as const;
    }
    const packed = await issue(
      { type: 'order.packed', payload: { orderId: open.order.id } },
      caller,
      scanned,
      counted.loaded,
    );
    if (!packed.ok) return packed.verdict;
    if (packed.loaded.order.waybill === null)
      return { verdict: 'packed', order: packed.loaded.view } as const;
    await labels.queueShippingLabel(packed.loaded.order, caller.actor);
    return { verdict: 'packed', order: withLabelQueued(packed.loaded).view } as const;
  }

  /** The parcel's tracking barcode scanned: it ships, and the next order of its pick list is named. */
  async function shipOut(open: Loaded, scanned: string, caller: PackCaller): Promise<PackVerdict> {
    const { order } = open;
    if (order.status !== 'packed') {
      return refused('not_packed', `${order.platformOrderNo} is not packed yet`, scanned, open);
    }
    const shipped = await issue(
      { type: 'parcel.shipped', payload: { orderId: order.id, trackingNo: scanned } },
      caller,
      scanned,
      open,
    );
    if (!shipped.ok) return shipped.verdict;
    return { verdict: 'shipped', order: shipped.loaded.view, nextOrderId: await queue.nextOrderOf(order) };
  }

  async function reportException(
    open: Loaded,
    input: { kind: ExceptionKind; skuId?: string; note: string },
    caller: PackCaller,
    scanned: string,
  ): Promise<PackVerdict> {
    const reported = await issue(
      {
        type: 'exception.reported',
        payload: {
          kind: input.kind,
          orderId: open.order.id,
          note: input.note,
          ...(input.skuId === undefined ? {} : { skuId: input.skuId }),
        },
      },
      caller,
      scanned,
      open,
    );
    return reported.ok
      ? { verdict: 'exception', order: reported.loaded.view, kind: input.kind }
      : reported.verdict;
  }

  async function reportNoSuchOrder(caller: PackCaller, scanned: string): Promise<PackVerdict> {
    const code = unknownOrderCode.get(caller.sessionId);
    if (code === undefined) {
      return refused('no_order_open', 'Scan the order code that was not found first', scanned, null);
    }
    const outcome = await orders.tryIssue(
      { type: 'exception.reported', payload: { kind: 'no_such_order', scannedCode: code, note: '' } },
      caller.actor,
    );
    unknownOrderCode.delete(caller.sessionId);
    if (!outcome.ok) return refused(packRefusalOf(outcome.code), outcome.message, scanned, null);
    return { verdict: 'closed' };
  }

  async function onCommand(
    verdict: ScanVerdict & { kind: 'command' },
    open: Loaded | null,
    caller: PackCaller,
  ) {
    const scanned = verdict.text;
    if (verdict.command === 'no_such_order') return reportNoSuchOrder(caller, scanned);
    if (verdict.command === 'cancel') return { verdict: 'closed' } as const;
    if (open === null) return refused('no_order_open', 'Scan an order first', scanned, null);
    if (verdict.command === 'reprint') return reprintLabel(open, 'reprint barcode scanned', caller);
    const kind = verdict.command === 'damaged' ? 'damaged' : 'short_pick';
    return reportException(open, { kind, note: '' }, caller, scanned);
  }

  async function reprintLabel(open: Loaded, reason: string, caller: PackCaller): Promise<PackVerdict> {
    if (open.order.status !== 'packed' || open.order.waybill === null) {
      return refused(
        'not_packed',
        `${open.order.platformOrderNo} has no label to print yet`,
        'CMD-REPRINT',
        open,
      );
    }
    await labels.queueShippingLabel(open.order, caller.actor, reason);
    return { verdict: 'reprinted', order: withLabelQueued(open).view };
  }

  /** A code that is none of ours: a platform order number, a tracking number, a SKU's own code. */
  async function onUnknown(text: string, open: Loaded | null, caller: PackCaller): Promise<PackVerdict> {
    if (open !== null) {
      const waybill = open.order.waybill;
      if (waybill !== null && waybill.trackingNo.toUpperCase() === text.toUpperCase()) {
        return shipOut(open, waybill.trackingNo, caller);
      }
      const sku = await repos.skus.findByInternalCode(text);
      if (sku !== undefined) return countItem(open, sku, text, caller);
    }
    const matches = await repos.orders.findByPlatformOrderNo(text);
    if (matches.length === 1 && matches[0] !== undefined) return openOrder(matches[0].id, text);
    return refused(
      open === null ? 'no_such_order' : 'unknown_code',
      `Nothing on this station matches ${text}`,
      text,
      open,
    );
  }

  async function scan(input: PackScanInput, caller: PackCaller): Promise<PackVerdict> {
    const answer = await decide(input, caller);
    if (answer.verdict === 'refused' && answer.reason === 'no_such_order') {
      unknownOrderCode.set(caller.sessionId, answer.scanned);
    }
    return answer;
  }

  async function decide(input: PackScanInput, caller: PackCaller): Promise<PackVerdict> {
    const verdict = classifyScan({
      code: input.code,
      ...(input.symbology === undefined ? {} : { symbology: input.symbology }),
    });
    if (verdict.kind !== 'command') unknownOrderCode.delete(caller.sessionId);
    // Opening another order, or leaving this one, does not need the open order read first.
    const isLeavingOpenOrder =
      verdict.kind === 'order' ||
      verdict.kind === 'pickList' ||
      (verdict.kind === 'command' && (verdict.command === 'cancel' || verdict.command === 'no_such_order'));
    const open = input.openOrderId === null || isLeavingOpenOrder ? null : await load(input.openOrderId);
    switch (verdict.kind) {
      case 'unreadable':
        return refused('unreadable', verdict.messageKey, verdict.text, open);
      case 'command':
        return onCommand(verdict, open, caller);
      case 'order':
        return openOrder(verdict.orderId, verdict.text);
      case 'pickList': {
        const next = await queue.nextOrderOfList(verdict.pickListCode);
        if (next === null)
          return refused(
            'no_such_order',
            `Pick list ${verdict.text} has nothing left to pack`,
            verdict.text,
            open,
          );
        return openOrder(next, verdict.text);
      }
      case 'product': {
        if (open === null)
          return refused('no_order_open', 'Scan an order before its items', verdict.text, null);
        const inOrder = [...open.parts.skus.values()].find(
          (sku) => sku.gtin !== undefined && toGtin14(sku.gtin) === verdict.gtin14,
        );
        const known = inOrder ?? (await findSkuByGtin14(verdict.gtin14));
        return countItem(open, known, verdict.text, caller);
      }
      case 'unknown':
        return onUnknown(verdict.text, open, caller);
      case 'sscc':
      case 'gs1':
      case 'tote':
      case 'bin':
      case 'badge':
        return refused('unknown_code', `${verdict.text} is not used at the pack bench`, verdict.text, open);
    }
  }

  return {
    scan,
    order: async (orderId) => (await load(orderId))?.view ?? null,
    queue: () => queue.summary(),
    async reportException(input, caller) {
      const open = await load(input.orderId);
      if (open === null)
        return refused('no_such_order', `No order ${input.orderId} on this station`, '', null);
      return reportException(open, input, caller, '');
    },
    async reprint(orderId, reason, caller) {
      const open = await load(orderId);
      if (open === null) return refused('no_such_order', `No order ${orderId} on this station`, '', null);
      return reprintLabel(open, reason, caller);
    },
    async labelPreview(orderId) {
      const order = (await orders.views([orderId])).get(orderId)?.order;
      if (order == null || order.waybill === null) return null;
      return { svg: await labels.previewShippingLabel(order) };
    },
    async batchPrint(caller) {
      const unlabelled = await queue.unlabelled();
      for (const order of unlabelled) await labels.queueShippingLabel(order, caller.actor);
      return { queued: unlabelled.length };
    },
  };
}
