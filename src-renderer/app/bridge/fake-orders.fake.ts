import { type Envelope, fail, ok } from '../../../src-shared/bridge';
import type { Session } from '../../../src-shared/features/auth';
import {
  issueCommandSchema,
  type OrderDetail,
  orderListQuerySchema,
  orderSummaryOf,
} from '../../../src-shared/features/orders';
import { applyCommand, type Command, type Order } from '../../../src-shared/domain';
import { buildHold, buildLabel, buildLine, buildOrder } from '../../../src-shared/domain/testing';

/** The warehouse of the fake users and orders. */
export const fakeWarehouseId = 'WH-1';

/**
 * Six orders a clerk's queue could hold, newest payment first: one of each status, one held for
 * an unclear address. Deterministic, so tests can name them.
 */
export function fakeOrders(): Order[] {
  const at = (minutes: number) => new Date(Date.UTC(2025, 2, 1, 7, minutes)).toISOString();
  const base = { warehouseId: fakeWarehouseId, updatedAt: at(50) };
  return [
    buildOrder({
      ...base,
      id: 'o-1',
      platformOrderNo: 'TB3829140021',
      buyer: { name: '张伟', phone: '13800000001' },
      address: { province: '上海市', city: '上海市', district: '浦东新区', detail: '张江路 100 号' },
      paidAt: at(45),
    }),
    buildOrder({
      ...base,
      id: 'o-2',
      platform: 'jd',
      platformOrderNo: 'JD7710023345',
      status: 'imported',
      buyer: { name: '李娜', phone: '13800000002' },
      address: { province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路 88 号附近' },
      holds: [buildHold({ id: 'h-1', reason: 'address_unclear', note: '“附近”', by: 'rules', at: at(41) })],
      paidAt: at(40),
    }),
    buildOrder({
      ...base,
      id: 'o-3',
      platform: 'pinduoduo',
      platformOrderNo: 'PDD250301-66',
      status: 'picking',
      buyer: { name: '王芳', phone: '13800000003' },
      address: { province: '广东省', city: '广州市', district: '天河区', detail: '体育西路 1 号' },
      lines: [buildLine('sku-tea', 3, 1, 3900)],
      paidAt: at(30),
    }),
    buildOrder({
      ...base,
      id: 'o-4',
      platform: 'douyin',
      platformOrderNo: 'DY9000000004',
      status: 'packed',
      buyer: { name: '赵磊', phone: '13800000004' },
      address: { province: '四川省', city: '成都市', district: '武侯区', detail: '人民南路 4 号' },
      lines: [buildLine('sku-cup', 1, 1, 2500)],
      label: buildLabel({ trackingNo: 'SF0000000004', printedAt: at(35), by: 'u-packer' }),
      packedAt: at(34),
      paidAt: at(20),
    }),
    buildOrder({
      ...base,
      id: 'o-5',
      platform: 'shopify',
      platformOrderNo: 'SH1005',
      status: 'shipped',
      buyer: { name: 'Emily Chen', phone: '+1 415 555 0100' },
      address: { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 5 号' },
      label: buildLabel({ trackingNo: 'SF0000000005', printedAt: at(12), by: 'u-packer' }),
      packedAt: at(11),
      shippedAt: at(14),
      paidAt: at(10),
    }),
    buildOrder({
      ...base,
      id: 'o-6',
      platformOrderNo: 'TB3829140006',
      status: 'cancelled',
      buyer: { name: '孙丽', phone: '13800000006' },
      cancelledAt: at(9),
      cancelReason: 'Buyer asked to cancel',
      paidAt: at(5),
    }),
  ];
}

/**
 * The station's order service, faked over an in-memory copy: the optimistic view is the pulled
 * order with the station's pending commands applied by the shared reducers, as the real station
 * does, so a refusal here is the one a person would see.
 */
export function createFakeOrderBook(orders: Order[], sessionOf: () => Session | null) {
  const pulled = new Map(orders.map((order) => [order.id, order]));
  const pending: Command[] = [];
  let sequence = 0;

  function contextFor(command: Command) {
    const user = sessionOf()?.user;
    return {
      actor: { id: command.actorId, role: user?.role ?? 'clerk', warehouseId: user?.warehouseId ?? null },
      now: command.clientTime,
    };
  }

  function viewOf(order: Order): Order {
    let current = order;
    for (const command of pending) {
      if (command.payload.orderId !== order.id) continue;
      const outcome = applyCommand(current, command, contextFor(command));
      if (outcome.ok && outcome.order) current = outcome.order;
    }
    return current;
  }

  function pendingIdsOf(orderId: string): string[] {
    return pending.filter((command) => command.payload.orderId === orderId).map((command) => command.id);
  }

  return {
    /** Commands queued for the hub, oldest first. */
    pending,
    /** Answers `orders.list`; the input is parsed with the channel's schema, as main does. */
    list(raw: unknown): Envelope<unknown> {
      const input = orderListQuerySchema.parse(raw);
      const search = input.search?.trim().toLowerCase() ?? '';
      const matches = [...pulled.values()]
        .map(viewOf)
        .filter((order) => input.status === undefined || order.status === input.status)
        .filter((order) => !input.isHeldOnly || order.holds.length > 0)
        .filter(
          (order) =>
            search === '' ||
            order.platformOrderNo.toLowerCase().startsWith(search) ||
            order.buyer.name.toLowerCase().includes(search),
        )
        .sort((a, b) => b.paidAt.localeCompare(a.paidAt));
      const page = matches.slice(input.offset, input.offset + input.limit);
      return ok({
        orders: page.map((order) => orderSummaryOf(order, pendingIdsOf(order.id).length > 0)),
        total: matches.length,
      });
    },
    /** Answers `orders.get`. */
    get(orderId: string): Envelope<unknown> {
      const order = pulled.get(orderId);
      if (!order) return ok(null);
      // The fake names a line's SKU after its id, so tests can tell a name from a bare id.
      const skus = Object.fromEntries(
        order.lines.map((line) => [
          line.skuId,
          { name: `Name of ${line.skuId}`, internalCode: line.skuId.toUpperCase(), bin: 'A-01-1-01' },
        ]),
      );
      return ok({
        order: viewOf(order),
        pendingCommandIds: pendingIdsOf(orderId),
        skus,
      } satisfies OrderDetail);
    },
    /** Answers `commands.issue`: refused by the reducers → `conflict`, else queued for the hub. */
    issue(raw: unknown): Envelope<unknown> {
      const input = issueCommandSchema.parse(raw);
      const session = sessionOf();
      if (!session) return fail('unauthorized', 'Sign in first.');
      sequence += 1;
      const command: Command = {
        ...input,
        id: `01JF${String(sequence).padStart(22, '0')}`,
        actorId: session.user.id,
        stationId: 'st-1',
        // Station time now, like main: the top bar shows the age of the oldest pending command.
        clientTime: new Date().toISOString(),
      };
      const order = pulled.get(command.payload.orderId ?? '') ?? null;
      const outcome = applyCommand(order ? viewOf(order) : null, command, contextFor(command));
      if (!outcome.ok) return fail('conflict', outcome.message, outcome.code);
      pending.push(command);
      return ok({ commandId: command.id });
    },
    /** The hub accepted every pending command: it now owns their effects, nothing is pending. */
    acceptPending(): void {
      for (const command of pending.splice(0)) {
        const order = pulled.get(command.payload.orderId ?? '');
        if (!order) continue;
        const outcome = applyCommand(order, command, contextFor(command));
        if (outcome.ok && outcome.order) pulled.set(order.id, outcome.order);
      }
    },
    /** Another station's change arrived from the hub. */
    replace(order: Order): void {
      pulled.set(order.id, order);
    },
  };
}

/** The fake order service's interface. */
export type FakeOrderBook = ReturnType<typeof createFakeOrderBook>;
