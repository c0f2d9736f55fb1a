import { type Envelope, fail, ok } from '../../../src-shared/bridge';
import type { ChannelName } from '../../../src-shared/bridge';
import type { Session } from '../../../src-shared/features/auth';
import type { ExceptionKind, Hold } from '../../../src-shared/domain';
import type { PackOrder, PackQueue, PackRefusal, PackVerdict } from '../../../src-shared/features/pack';
import { classifyScan, toGtin14 } from '../../../src-shared/features/scanning';

type Handler = (input: unknown) => Envelope<unknown>;

const at = (minutes: number) => new Date(Date.UTC(2025, 2, 1, 7, minutes)).toISOString();

const toPack = new Set<PackOrder['status']>(['allocated', 'picking']);

/**
 * The pack bench of a fake station: a small scripted model of what main decides per scan (the
 * real classifier reads the codes). It keeps the bench's last unknown code as main does per window.
 */
export function createFakePackBench(options: {
  orders: PackOrder[];
  holdsCheckedAt: string | null;
  sessionOf: () => Session | null;
  /** Tells the page a collection changed, as main's `db.changed` does. */
  onChanged: (collection: string) => void;
}) {
  const orders = new Map(options.orders.map((order) => [order.orderId, order]));
  let holdsCheckedAt = options.holdsCheckedAt;
  let unknownCode: string | null = null;

  const refused = (reason: PackRefusal, message: string, scanned: string, order: PackOrder | null) =>
    ({ verdict: 'refused', reason, message, scanned, order }) satisfies PackVerdict;

  function save(order: PackOrder, collection = 'commands'): PackOrder {
    orders.set(order.orderId, order);
    options.onChanged(collection);
    return order;
  }

  function open(order: PackOrder | undefined, scanned: string): PackVerdict {
    if (order === undefined)
      return refused('no_such_order', `No order ${scanned} on this station`, scanned, null);
    if (order.holds.length > 0) return refused('held', `${order.platformOrderNo} is held`, scanned, order);
    if (order.status === 'cancelled') return refused('cancelled', 'cancelled', scanned, order);
    return { verdict: 'opened', order };
  }

  function nextOf(pickListId: string | undefined): PackOrder | undefined {
    return [...orders.values()]
      .filter(
        (order) => order.pickList?.id === pickListId && toPack.has(order.status) && order.holds.length === 0,
      )
      .sort((a, b) => (a.pickList?.position ?? 0) - (b.pickList?.position ?? 0))[0];
  }

  function count(order: PackOrder, gtin14: string, scanned: string): PackVerdict {
    const target = order.lines.find(
      (candidate) => candidate.gtin !== undefined && toGtin14(candidate.gtin) === gtin14,
    );
    if (target === undefined) {
      const known = [...orders.values()]
        .flatMap((each) => each.lines)
        .find((each) => toGtin14(each.gtin ?? '') === gtin14);
      if (known === undefined) return refused('unknown_code', `${scanned} is no product`, scanned, order);
      return refused(
        'wrong_item',
        `${known.name} (${known.internalCode}) is not in this order`,
        scanned,
        order,
      );
    }
    if (order.holds.length > 0) return refused('held', 'held', scanned, order);
    if (target.scannedQty >= target.qty) return refused('over_scan', 'over scan', scanned, order);
    const lines = order.lines.map((each) =>
      each === target ? { ...each, scannedQty: each.scannedQty + 1 } : each,
    );
    const isComplete = lines.every((each) => each.scannedQty >= each.qty);
    const counted = save({
      ...order,
      lines,
      isPending: true,
      ...(isComplete ? { status: 'packed', labelState: 'queued' } : {}),
    });
    return isComplete
      ? { verdict: 'packed', order: counted }
      : { verdict: 'counted', order: counted, skuId: target.skuId };
  }

  function report(order: PackOrder, kind: ExceptionKind): PackVerdict {
    const id = `x-${order.exceptions.length + 1}`;
    const now = new Date().toISOString();
    const hold: Hold = { id, reason: 'exception', note: kind, by: 'u-packer', at: now };
    const held = save({
      ...order,
      holds: [...order.holds, hold],
      exceptions: [...order.exceptions, { id, kind, note: '', by: 'u-packer', at: now }],
      isPending: true,
    });
    return { verdict: 'exception', order: held, kind };
  }

  function onCommand(command: string, scanned: string, current: PackOrder | null): PackVerdict {
    if (command === 'cancel') return { verdict: 'closed' };
    if (command === 'no_such_order') {
      if (unknownCode === null)
        return refused('no_order_open', 'Scan the order code that was not found first', scanned, null);
      unknownCode = null;
      options.onChanged('commands');
      return { verdict: 'closed' };
    }
    if (current === null) return refused('no_order_open', 'Scan an order first', scanned, null);
    if (command === 'reprint') return reprint(current);
    return report(current, command === 'damaged' ? 'damaged' : 'short_pick');
  }

  function reprint(order: PackOrder): PackVerdict {
    if (order.status !== 'packed') return refused('not_packed', 'no label yet', 'CMD-REPRINT', order);
    return {
      verdict: 'reprinted',
      order: save({ ...order, labelState: 'queued', label: null }, 'printJobs'),
    };
  }

  function onOther(text: string, current: PackOrder | null): PackVerdict {
    if (current !== null && current.waybill?.trackingNo === text) {
      // As the reducers: a parcel ships packed and with its label.
      if (current.status !== 'packed' || current.label === null) {
        return refused('not_packed', 'not packed or no label', text, current);
      }
      const shipped = save({ ...current, status: 'shipped' });
      return {
        verdict: 'shipped',
        order: shipped,
        nextOrderId: nextOf(current.pickList?.id)?.orderId ?? null,
      };
    }
    const byNumber = [...orders.values()].find((order) => order.platformOrderNo === text);
    if (byNumber !== undefined) return open(byNumber, text);
    unknownCode = text;
    return refused(
      current === null ? 'no_such_order' : 'unknown_code',
      `Nothing matches ${text}`,
      text,
      current,
    );
  }

  function scan(input: { code: string; openOrderId: string | null }): PackVerdict {
    const verdict = classifyScan({ code: input.code });
    const current = input.openOrderId === null ? null : (orders.get(input.openOrderId) ?? null);
    if (verdict.kind !== 'command') unknownCode = null;
    switch (verdict.kind) {
      case 'unreadable':
        return refused('unreadable', verdict.messageKey, verdict.text, current);
      case 'command':
        return onCommand(verdict.command, verdict.text, current);
      case 'order':
        return open(orders.get(verdict.orderId), verdict.text);
      case 'pickList': {
        const listId = [...orders.values()].find((order) => order.pickList?.code === verdict.pickListCode)
          ?.pickList?.id;
        const next = nextOf(listId);
        return next === undefined
          ? refused('no_such_order', 'nothing left', verdict.text, current)
          : open(next, verdict.text);
      }
      case 'product':
        if (current === null)
          return refused('no_order_open', 'Scan an order before its items', verdict.text, null);
        return count(current, verdict.gtin14, verdict.text);
      case 'unknown':
        return onOther(verdict.text, current);
      case 'sscc':
      case 'gs1':
      case 'tote':
      case 'bin':
      case 'badge':
        return refused(
          'unknown_code',
          `${verdict.text} is not used at the pack bench`,
          verdict.text,
          current,
        );
    }
  }

  function queue(): PackQueue {
    const all = [...orders.values()];
    const lists = new Map(
      all.flatMap((order) => (order.pickList === null ? [] : [[order.pickList.id, order.pickList]])),
    );
    const pickLists = [...lists.values()].flatMap((list) => {
      const onList = all.filter((order) => order.pickList?.id === list.id);
      const remaining = onList.filter((order) => toPack.has(order.status));
      if (remaining.length === 0) return [];
      const next = nextOf(list.id)?.orderId ?? null;
      return [
        {
          id: list.id,
          code: list.code,
          orderCount: list.count,
          doneCount: list.count - remaining.length,
          nextOrderId: next,
        },
      ];
    });
    return { pickLists, hasMorePickLists: false, unlabelledCount: unlabelled().length, holdsCheckedAt };
  }

  function unlabelled(): PackOrder[] {
    return [...orders.values()].filter(
      (order) =>
        order.status === 'packed' &&
        order.waybill !== null &&
        order.holds.length === 0 &&
        (order.labelState === 'none' || order.labelState === 'failed'),
    );
  }

  const signedIn = (
    answer: (
      input: never,
    ) => PackVerdict | PackQueue | PackOrder | null | { queued: number } | { svg: string },
  ) =>
    ((input: unknown) => {
      if (options.sessionOf() === null) return fail('unauthorized', 'Sign in first.');
      // Each channel's input arrives in the shape the client was typed with.
      return ok(answer(input as never));
    }) satisfies Handler;

  const withOrder = (orderId: string, act: (order: PackOrder) => PackVerdict): PackVerdict => {
    const order = orders.get(orderId);
    return order === undefined ? refused('no_such_order', 'gone', '', null) : act(order);
  };

  const handlers: Partial<Record<ChannelName, Handler>> = {
    'pack.scan': signedIn((input: { code: string; openOrderId: string | null }) => scan(input)),
    'pack.order': signedIn(({ orderId }: { orderId: string }) => orders.get(orderId) ?? null),
    'pack.queue': signedIn(() => queue()),
    'pack.reportException': signedIn(({ orderId, kind }: { orderId: string; kind: ExceptionKind }) =>
      withOrder(orderId, (order) => report(order, kind)),
    ),
    'pack.reprint': signedIn(({ orderId }: { orderId: string }) => withOrder(orderId, reprint)),
    // Main draws the real label; the fake's stands for it with the tracking number alone.
    'pack.labelPreview': signedIn(({ orderId }: { orderId: string }) => {
      const trackingNo = orders.get(orderId)?.waybill?.trackingNo;
      return trackingNo === undefined
        ? null
        : { svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>${trackingNo}</text></svg>` };
    }),
    'pack.batchPrint': signedIn(() => {
      const waiting = unlabelled();
      for (const order of waiting) orders.set(order.orderId, { ...order, labelState: 'queued' });
      if (waiting.length > 0) options.onChanged('printJobs');
      return { queued: waiting.length };
    }),
  };

  return {
    handlers,
    /** The bench's current view of an order. */
    order: (orderId: string) => orders.get(orderId),
    /** The printer prints every queued label (their orders now carry it). */
    finishPrinting() {
      for (const order of orders.values()) {
        if (order.labelState === 'none' || order.labelState === 'printed' || order.waybill === null) continue;
        const label = {
          carrier: order.waybill.carrier,
          trackingNo: order.waybill.trackingNo,
          printedAt: at(55),
          by: 'u-packer',
        };
        orders.set(order.orderId, { ...order, labelState: 'printed', labelProblem: null, label });
      }
      options.onChanged('printJobs');
    },
    /** The printer stops: queued labels wait, and say why. */
    jamPrinter(problem: string) {
      for (const order of orders.values()) {
        if (order.labelState === 'queued')
          orders.set(order.orderId, { ...order, labelState: 'waiting', labelProblem: problem });
      }
      options.onChanged('printJobs');
    },
    /** Sets when the station last pulled every hold. */
    setHoldsCheckedAt(next: string | null) {
      holdsCheckedAt = next;
    },
  };
}

/** The fake pack bench's interface. */
export type FakePackBench = ReturnType<typeof createFakePackBench>;
