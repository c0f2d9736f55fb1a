import { compareBins, type Order, type PickList } from '../../../src-shared/domain';
import { type PackPickList, type PackQueue, shownPickLists } from '../../../src-shared/features/pack';
import type { PackServiceDeps } from './pack.service';

/** Orders still to pack: stock reserved, not packed, shipped or cancelled. */
function isToPack(order: Order): boolean {
  return order.status === 'allocated' || order.status === 'picking';
}

/** The bench's queue: pick lists with their progress, the next order, and unlabelled parcels. */
export type PackWorkQueue = {
  summary(): Promise<PackQueue>;
  /** The next order of `order`'s pick list to pack (held ones are skipped); null when none. */
  nextOrderOf(order: Order): Promise<string | null>;
  /** The next order to pack of the pick list with the printed `code`; null when none or no such list. */
  nextOrderOfList(code: string): Promise<string | null>;
  /** Packed orders without a label or a label job, in pick-path order (list by list, walk order). */
  unlabelled(): Promise<Order[]>;
};

/** Creates the {@link PackWorkQueue}; everything is read through the optimistic view. */
export function createPackQueue(deps: PackServiceDeps): PackWorkQueue {
  const { repos, orders } = deps;

  /** Pulled orders in `statuses`, with every order this station touched in its optimistic state. */
  async function optimisticIn(statuses: readonly Order['status'][]): Promise<Map<string, Order>> {
    const [pulled, touched] = await Promise.all([
      Promise.all(statuses.map((status) => repos.orders.listOrders(status))),
      orders.touchedOrderIds(),
    ]);
    const byId = new Map(pulled.flat().map((order) => [order.id, order]));
    for (const [id, view] of await orders.views(touched)) {
      if (view.order === null || !statuses.includes(view.order.status)) byId.delete(id);
      else byId.set(id, view.order);
    }
    return byId;
  }

  /** A list's progress as the station shows it; null when it has no order left to pack. */
  async function progressOf(list: PickList): Promise<PackPickList | null> {
    const views = await orders.views(list.orderIds);
    const remaining = list.orderIds.filter((id) => {
      const order = views.get(id)?.order;
      return order != null && isToPack(order);
    });
    if (remaining.length === 0) return null;
    const next = remaining.find((id) => views.get(id)?.order?.holds.length === 0) ?? null;
    return {
      id: list.id,
      code: list.code,
      orderCount: list.orderIds.length,
      doneCount: list.orderIds.length - remaining.length,
      nextOrderId: next,
    };
  }

  async function nextOfList(list: PickList): Promise<string | null> {
    const views = await orders.views(list.orderIds);
    return (
      list.orderIds.find((id) => {
        const order = views.get(id)?.order;
        return order != null && isToPack(order) && order.holds.length === 0;
      }) ?? null
    );
  }

  async function unlabelled(): Promise<Order[]> {
    const packed = [...(await optimisticIn(['packed'])).values()].filter(
      (order) => order.label === null && order.waybill !== null && order.holds.length === 0,
    );
    const jobs = await deps.labels.labelStates(packed.map((order) => order.id));
    const waiting = packed.filter((order) => {
      const state = jobs.get(order.id)?.state;
      return state === undefined || state === 'failed';
    });
    return sortByPickPath(waiting, await listsOf(waiting));
  }

  return {
    async summary() {
      // Lists oldest first, each read through its own orders (the pick-list index): the bench
      // shows the first few with work left, so most of the warehouse's orders are never read.
      const [lists, packed] = await Promise.all([repos.pickLists.listByStatus('open', 10_000), unlabelled()]);
      const pickLists: PackPickList[] = [];
      let hasMorePickLists = false;
      for (const list of lists) {
        const progress = await progressOf(list);
        if (progress === null) continue;
        if (pickLists.length === shownPickLists) {
          hasMorePickLists = true;
          break;
        }
        pickLists.push(progress);
      }
      return {
        pickLists,
        hasMorePickLists,
        unlabelledCount: packed.length,
        holdsCheckedAt: deps.holdsCheckedAt(),
      };
    },
    async nextOrderOf(order) {
      if (order.pickListId === null) return null;
      const list = await repos.pickLists.getById(order.pickListId);
      return list === null ? null : nextOfList(list);
    },
    async nextOrderOfList(code) {
      const list = await repos.pickLists.findByCode(code);
      return list === null ? null : nextOfList(list);
    },
    unlabelled,
  };

  async function listsOf(list: readonly Order[]): Promise<Map<string, PickList>> {
    const ids = [...new Set(list.flatMap((order) => (order.pickListId === null ? [] : [order.pickListId])))];
    const found = await Promise.all(ids.map((id) => repos.pickLists.getById(id)));
    return new Map(
      found.flatMap((pickList) => (pickList === null ? [] : [[pickList.id, pickList] as const])),
    );
  }
}

/** Pick lists by code (oldest first), then each order's place in its list's walk. */
function sortByPickPath(list: readonly Order[], pickLists: ReadonlyMap<string, PickList>): Order[] {
  const place = (order: Order) => {
    const pickList = order.pickListId === null ? undefined : pickLists.get(order.pickListId);
    return { code: pickList?.code ?? '~', index: pickList?.orderIds.indexOf(order.id) ?? 0 };
  };
  return [...list].sort((a, b) => {
    const [pa, pb] = [place(a), place(b)];
    return compareBins(pa.code, pb.code) || pa.index - pb.index;
  });
}
