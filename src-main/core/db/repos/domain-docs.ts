import type {
  BenchUserDoc,
  CommandDoc,
  CommandResultDoc,
  OrderDoc,
  PickListDoc,
  SkuDoc,
  StockDoc,
} from '../../../../src-shared/db';
import type { Command, CommandResult, Order, PickList, Sku, StockLevel } from '../../../../src-shared/domain';
import type { BenchUser } from '../../../../src-shared/features/auth';

/*
 * Domain objects ⇄ stored documents. A stored document leaves optional fields out where the domain
 * type may hold `undefined`; a domain object read back is the stored document, whose values came
 * in through the domain schemas (pulled and parsed, or issued and parsed here, or migrated into the
 * domain vocabulary by `orders.migrations.ts`), so the narrowing casts below are sound.
 */

/** An order as stored. */
export function orderToDoc(order: Order): OrderDoc {
  const { postalCode, ...address } = order.address;
  return {
    ...order,
    waybill: order.waybill ?? null,
    pickListKey: order.pickListId ?? '',
    address: postalCode === undefined ? address : { ...address, postalCode },
    exceptions: order.exceptions.map(({ skuId, ...exception }) =>
      skuId === undefined ? exception : { ...exception, skuId },
    ),
  };
}

/** A stored order as the domain sees it. */
export function orderOfDoc({ pickListKey: _key, ...doc }: OrderDoc): Order {
  // Statuses, platforms, carriers, hold reasons and exception kinds are stored as the domain wrote them.
  return doc as Order;
}

/** A SKU as stored. */
export function skuToDoc({ gtin, ...sku }: Sku): SkuDoc {
  return gtin === undefined ? sku : { ...sku, gtin };
}

/** Stock as stored, under the key the schema composes from warehouse and SKU. */
export function stockToDoc(stock: StockLevel): StockDoc {
  return { id: `${stock.warehouseId}|${stock.skuId}`, ...stock };
}

/** A stored stock level as the domain sees it. */
export function stockOfDoc({ id: _id, ...stock }: StockDoc): StockLevel {
  return stock;
}

/** A pick list as stored. */
export function pickListToDoc(pickList: PickList): PickListDoc {
  return { ...pickList, orderIds: [...pickList.orderIds] };
}

/** A stored pick list as the domain sees it. */
export function pickListOfDoc(doc: PickListDoc): PickList {
  return doc;
}

/** A command result as stored. */
export function commandResultToDoc({ code, message, ...result }: CommandResult): CommandResultDoc {
  return {
    ...result,
    ...(code === undefined ? {} : { code }),
    ...(message === undefined ? {} : { message }),
  };
}

/** A stored command result as the domain sees it. */
export function commandResultOfDoc(doc: CommandResultDoc): CommandResult {
  // Codes are stored as the hub's answer (parsed with the domain schema) gave them.
  return doc as CommandResult;
}

/** A command as stored. */
export function commandToDoc(command: Command): CommandDoc {
  return { ...command, payload: { ...command.payload } };
}

/** A bench user as stored: no badge is '' (indexed fields must be required strings). */
export function benchUserToDoc({ badgeCode, pinHash, ...user }: BenchUser): BenchUserDoc {
  return { ...user, badgeCode: badgeCode ?? '', ...(pinHash === undefined ? {} : { pinHash }) };
}

/** A stored bench user as the auth feature sees them. */
export function benchUserOfDoc({ badgeCode, ...doc }: BenchUserDoc): BenchUser {
  // The role was parsed by the pulled document's schema before it was stored.
  const user = doc as Omit<BenchUser, 'badgeCode'>;
  return badgeCode === '' ? user : { ...user, badgeCode };
}
