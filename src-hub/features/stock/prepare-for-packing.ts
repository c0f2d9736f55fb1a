import { ulid } from 'ulid';
import {
  type CarrierCode,
  chooseCarrier,
  formatTrackingNo,
  type PickList,
  type Platform,
  pickListCode,
  planPickLists,
  type Waybill,
} from '../../../src-shared/domain';
import { insertRows, type SqlRunner } from '../../db';

/** A freshly allocated order, as preparing it for the pack bench needs it. */
export type PackCandidate = {
  readonly id: string;
  readonly warehouseId: string;
  readonly platform: Platform;
  readonly province: string;
  readonly lines: readonly { readonly skuId: string }[];
};

/** What allocation hands every order it allocates, besides the reservation. */
export type PackPreparation = {
  readonly waybill: Waybill;
  readonly pickListId: string;
};

/**
 * Readies allocated orders for the pack bench inside the allocating transaction: each gets a
 * waybill (carrier and tracking number taken in advance, so a bench prints its label offline) and
 * a place on a pick list of neighbouring bins. Four statements for the whole batch: serials,
 * bins, time zones, the pick lists' insert. Returns what each order got, for the caller's update.
 */
export async function prepareForPacking(
  tx: SqlRunner,
  orders: readonly PackCandidate[],
  now: Date,
): Promise<Map<string, PackPreparation>> {
  const prepared = new Map<string, PackPreparation>();
  if (orders.length === 0) return prepared;
  const waybills = await takeWaybills(tx, orders);
  const plans = planPickLists(await withFirstBins(tx, orders));
  const listSerials = await drawSerials(tx, 'pick_list_serial', plans.length);
  const dates = await businessDates(tx, [...new Set(plans.map((plan) => plan.warehouseId))], now);
  const lists: PickList[] = plans.map((plan, index) => ({
    id: ulid(now.getTime()),
    warehouseId: plan.warehouseId,
    code: pickListCode(
      dates.get(plan.warehouseId) ?? now.toISOString().slice(0, 10),
      listSerials[index] ?? 0,
    ),
    status: 'open',
    orderIds: [...plan.orderIds],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
  await insertRows(
    tx,
    'pick_lists',
    [
      { name: 'id' },
      { name: 'warehouse_id' },
      { name: 'code' },
      { name: 'status' },
      { name: 'doc', cast: 'jsonb' },
      { name: 'updated_at' },
    ],
    lists.map((list) => [list.id, list.warehouseId, list.code, list.status, JSON.stringify(list), now]),
  );
  for (const list of lists) {
    for (const orderId of list.orderIds) {
      const waybill = waybills.get(orderId);
      if (waybill !== undefined) prepared.set(orderId, { waybill, pickListId: list.id });
    }
  }
  return prepared;
}

async function takeWaybills(tx: SqlRunner, orders: readonly PackCandidate[]): Promise<Map<string, Waybill>> {
  const serials = await drawSerials(tx, 'waybill_serial', orders.length);
  return new Map(
    orders.map((order, index) => {
      const carrier: CarrierCode = chooseCarrier(order);
      return [order.id, { carrier, trackingNo: formatTrackingNo(carrier, serials[index] ?? 0) }];
    }),
  );
}

/** `count` numbers from a sequence in one round trip. `sequence` is a constant of this file. */
async function drawSerials(
  tx: SqlRunner,
  sequence: 'waybill_serial' | 'pick_list_serial',
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.query<{ serial: string }>(
    `select nextval('${sequence}')::text as serial from generate_series(1, $1)`,
    [count],
  );
  return rows.map((row) => Number(row.serial));
}

/** Each order with the bin its walk starts at (an order whose SKUs have no bin walks last). */
async function withFirstBins(tx: SqlRunner, orders: readonly PackCandidate[]) {
  const skuIds = [...new Set(orders.flatMap((order) => order.lines.map((line) => line.skuId)))];
  const rows = await tx.query<{ id: string; bin: string }>(
    'select id, bin from skus where id = any ($1::text[])',
    [skuIds],
  );
  const binOf = new Map(rows.map((row) => [row.id, row.bin]));
  return orders.map((order) => {
    const bins = order.lines.map((line) => binOf.get(line.skuId) ?? '~').sort();
    return { id: order.id, warehouseId: order.warehouseId, firstBin: bins[0] ?? '~' };
  });
}

/** Today's date in each warehouse's own time zone: a pick list belongs to its business day. */
async function businessDates(tx: SqlRunner, warehouseIds: readonly string[], now: Date) {
  const rows = await tx.query<{ id: string; time_zone: string }>(
    'select id, time_zone from warehouses where id = any ($1::text[])',
    [warehouseIds],
  );
  return new Map(
    rows.map((row) => [row.id, new Intl.DateTimeFormat('en-CA', { timeZone: row.time_zone }).format(now)]),
  );
}
