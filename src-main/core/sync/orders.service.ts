import type { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import {
  type Actor,
  applyCommand,
  type Command,
  commandOrderId,
  commandSchema,
  type Order,
  type RejectionCode,
} from '../../../src-shared/domain';
import {
  byNewestPayment,
  type IssueCommand,
  isSearchFilter,
  type OrderDetail,
  type OrderSearchKey,
  type OrderSummary,
  orderListMatcher,
  type orderListQuerySchema,
  orderSearchKeyOf,
  orderSummaryOf,
} from '../../../src-shared/features/orders';
import type { Clock } from '../clock';
import type { StationRepos } from '../db';
import { groupByOrder, type OrderView, viewOrder } from './optimistic-orders';

/** What the order list asks for, after its schema applied the defaults. */
export type OrderListQuery = z.output<typeof orderListQuerySchema>;

/** The orders a screen reads and the commands a person issues, as the station sees them. */
export type OrdersService = {
  /** A page of the optimistic order list, newest payment first, and how many orders match. */
  list(query: OrderListQuery): Promise<{ orders: OrderSummary[]; total: number }>;
  /** One order, optimistic view; null when the station does not have it. */
  get(orderId: string): Promise<OrderDetail | null>;
  /**
   * Makes the command (ULID, actor, station, station time), checks it with the shared reducer
   * against the optimistic order, and queues it for the hub. A refusal is an AppError `conflict`
   * with the reducer's message, and nothing is queued.
   */
  issue(input: IssueCommand, actor: Actor): Promise<{ commandId: string }>;
  /**
   * Like {@link OrdersService.issue}, but a refusal is an answer with the reducer's code, not an
   * error: the pack bench shows every refusal loudly in the packer's language. An accepted
   * command comes back with the order as the station now shows it.
   */
  tryIssue(input: IssueCommand, actor: Actor): Promise<IssueOutcome>;
  /** Optimistic views of the orders of `ids` this station has; missing ones are left out. */
  views(orderIds: readonly string[]): Promise<Map<string, OrderView>>;
  /** Ids of orders with commands made here that the view still applies. */
  touchedOrderIds(): Promise<string[]>;
};

/** What issuing a command did at the station. */
export type IssueOutcome =
  | { readonly ok: true; readonly commandId: string; readonly order: Order | null }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

export type OrdersServiceDeps = {
  readonly repos: StationRepos;
  readonly stationId: string;
  readonly clock: Clock;
};

/** Creates the {@link OrdersService}. */
export function createOrdersService(deps: OrdersServiceDeps): OrdersService {
  const { repos, clock } = deps;
  // One issue at a time: each check sees every command issued before it on this station.
  let issuing: Promise<unknown> = Promise.resolve();

  async function issueNow(input: IssueCommand, actor: Actor): Promise<IssueOutcome> {
    const now = clock.now();
    const command: Command = commandSchema.parse({
      ...input,
      id: repos.commands.nextId(now),
      actorId: actor.id,
      stationId: deps.stationId,
      clientTime: new Date(now).toISOString(),
    });
    const orderId = commandOrderId(command);
    const current = orderId === null ? null : (await viewOf(orderId)).order;
    const outcome = applyCommand(current, command, { actor, now: command.clientTime });
    if (!outcome.ok) return outcome;
    await repos.commands.add(command);
    return { ok: true, commandId: command.id, order: outcome.order };
  }

  function issueInTurn(input: IssueCommand, actor: Actor): Promise<IssueOutcome> {
    const result = issuing.then(() => issueNow(input, actor));
    issuing = result.catch(() => undefined);
    return result;
  }

  /**
   * A list page by status alone comes from the `[status, paidAt]` index: only the rows up to the
   * page end are read. Orders with commands of this station are read as the station shows them,
   * so their pulled copies are skipped (there are at most as many as such orders, so reading that
   * many more keeps the page whole) and the total is corrected for both.
   */
  async function indexedPage(query: OrderListQuery, touched: TouchedOrders): Promise<ListedRows> {
    const touchedIds = new Set(touched.pulled.map((order) => order.id));
    const [newest, count] = await Promise.all([
      repos.orders.newestPaid(query.status, query.offset + query.limit + touchedIds.size),
      repos.orders.countOrders(query.status),
    ]);
    const untouched = newest
      .filter((order) => !touchedIds.has(order.id))
      .map((order) => ({ order, isPending: false }));
    const pulledMatching = touched.pulled.filter(orderMatcher(query)).length;
    const rows = [...untouched, ...touched.shown].sort((a, b) => byNewestPayment(a.order, b.order));
    return {
      rows: rows.slice(query.offset, query.offset + query.limit),
      total: count - pulledMatching + touched.shown.length,
    };
  }

  /**
   * A search or the held-only filter matches the keys of the in-memory search index; only the
   * page's orders are read. Orders with commands of this station are matched as the station shows
   * them instead.
   */
  async function searchedPage(query: OrderListQuery, touched: TouchedOrders): Promise<ListedRows> {
    const touchedIds = new Set(touched.pulled.map((order) => order.id));
    const untouched = (await repos.orders.search(query)).filter((key) => !touchedIds.has(key.id));
    const merged: (OrderSearchKey | ListedRow)[] = [...untouched, ...touched.shown];
    const sortKey = (row: OrderSearchKey | ListedRow) => ('order' in row ? row.order : row);
    merged.sort((a, b) => byNewestPayment(sortKey(a), sortKey(b)));
    const page = merged.slice(query.offset, query.offset + query.limit);
    const pageIds = page.flatMap((row) => ('order' in row ? [] : [row.id]));
    const read = new Map((await repos.orders.findOrders(pageIds)).map((order) => [order.id, order]));
    const rows = page.flatMap((row): ListedRow[] => {
      if ('order' in row) return [row];
      const order = read.get(row.id);
      // Gone between the search and the read (a new registration cleared it): left out.
      return order === undefined ? [] : [{ order, isPending: false }];
    });
    return { rows, total: merged.length };
  }

  /** The optimistic view of every order of `orderIds`, also of those the station does not have. */
  async function viewsOf(orderIds: readonly string[]): Promise<Map<string, OrderView>> {
    const [pulled, tracked] = await Promise.all([
      repos.orders.findOrders(orderIds),
      repos.commands.listUnrejected(),
    ]);
    const byOrder = groupByOrder(tracked);
    const pulledById = new Map(pulled.map((order) => [order.id, order]));
    const views = new Map(
      orderIds.map((id) => [id, viewOrder(pulledById.get(id) ?? null, byOrder.get(id) ?? [])] as const),
    );
    repos.commands.settle([...views.values()].flatMap((view) => view.settledCommandIds));
    return views;
  }

  async function viewOf(orderId: string): Promise<OrderView> {
    return (await viewsOf([orderId])).get(orderId) ?? viewOrder(null, []);
  }

  return {
    async list(query) {
      const byOrder = groupByOrder(await repos.commands.listUnrejected());
      const pulled = await repos.orders.findOrders([...byOrder.keys()]);
      const shown = pulled.flatMap((order) => {
        const view = viewOrder(order, byOrder.get(order.id) ?? []);
        repos.commands.settle(view.settledCommandIds);
        return view.order === null
          ? []
          : [{ order: view.order, isPending: view.pendingCommandIds.length > 0 }];
      });
      const isListed = orderMatcher(query);
      const touched = { pulled, shown: shown.filter((row) => isListed(row.order)) };
      const page = isSearchFilter(query)
        ? await searchedPage(query, touched)
        : await indexedPage(query, touched);
      // Whoever looks at the list may search next: the index is built while they read.
      repos.orders.warmSearch();
      return {
        orders: page.rows.map((row) => orderSummaryOf(row.order, row.isPending)),
        total: page.total,
      };
    },
    async get(orderId) {
      const view = await viewOf(orderId);
      if (view.order === null) return null;
      const skus = await repos.skus.findByIds(view.order.lines.map((line) => line.skuId));
      return {
        order: view.order,
        pendingCommandIds: [...view.pendingCommandIds],
        skus: Object.fromEntries(
          skus.map((sku) => [
            sku.id,
            {
              name: sku.name,
              internalCode: sku.internalCode,
              ...(sku.gtin === undefined ? {} : { gtin: sku.gtin }),
              ...(sku.bin === undefined ? {} : { bin: sku.bin }),
            },
          ]),
        ),
      };
    },
    async issue(input, actor) {
      const outcome = await issueInTurn(input, actor);
      if (!outcome.ok) throw new AppError('conflict', outcome.message, { reason: outcome.code });
      return { commandId: outcome.commandId };
    },
    tryIssue: issueInTurn,
    async views(orderIds) {
      const views = await viewsOf(orderIds);
      for (const [id, view] of views) if (view.order === null) views.delete(id);
      return views;
    },
    async touchedOrderIds() {
      return [...groupByOrder(await repos.commands.listUnrejected()).keys()];
    },
  };
}

type ListedRow = { readonly order: Order; readonly isPending: boolean };

/** One page of a list, newest payment first; `total` counts every match. */
type ListedRows = { readonly rows: readonly ListedRow[]; readonly total: number };

/** Orders with commands of this station: as pulled, and as shown when they match the query. */
type TouchedOrders = { readonly pulled: readonly Order[]; readonly shown: readonly ListedRow[] };

/** The list's filters as a test of whole orders (those this station shows optimistically). */
function orderMatcher(query: OrderListQuery): (order: Order) => boolean {
  const matches = orderListMatcher(query);
  return (order) => matches(orderSearchKeyOf(order));
}
