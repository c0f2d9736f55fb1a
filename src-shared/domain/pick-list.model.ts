import { z } from 'zod';

/** Where a pick list is: open (nobody on it), picking (a packer took it), done (every order packed or out). */
export const pickListStatuses = ['open', 'picking', 'done'] as const;

/** A batch of orders picked together in one bin walk. */
export const pickListSchema = z.object({
  id: z.string().min(1).max(64),
  warehouseId: z.string().min(1).max(64),
  /** Printed on the list and on the tote (`PL-20261202-0042`). */
  code: z.string().min(1).max(32),
  status: z.enum(pickListStatuses),
  orderIds: z.array(z.string().min(1).max(64)).min(1).max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A pick list (wave/batch). */
export type PickList = z.infer<typeof pickListSchema>;

/**
 * Sorts anything with a bin in walk order: zone, aisle, level, position compared part by part,
 * numbers as numbers, so `A-2` comes before `A-10`.
 */
export function compareBins(a: string, b: string): number {
  return binCollator.compare(a, b);
}

const binCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders per pick list: one tote trolley's worth at a pack bench. */
export const pickListSize = 20;

/** An order about to be put on a pick list, with the first bin of its walk. */
export type PickListCandidate = {
  readonly id: string;
  readonly warehouseId: string;
  readonly firstBin: string;
};

/**
 * Groups freshly allocated orders into pick lists: per warehouse, orders sorted by the first bin
 * of their walk (so one list covers neighbouring bins), cut into lists of `size`. Orders of one
 * list share a warehouse; the result keeps no empty list.
 */
export function planPickLists(
  orders: readonly PickListCandidate[],
  size: number = pickListSize,
): { readonly warehouseId: string; readonly orderIds: readonly string[] }[] {
  const byWarehouse = new Map<string, PickListCandidate[]>();
  for (const order of orders) {
    const list = byWarehouse.get(order.warehouseId) ?? [];
    list.push(order);
    byWarehouse.set(order.warehouseId, list);
  }
  return [...byWarehouse].flatMap(([warehouseId, list]) => {
    const walked = [...list].sort((a, b) => compareBins(a.firstBin, b.firstBin) || compareText(a.id, b.id));
    const plans = [];
    for (let start = 0; start < walked.length; start += size) {
      plans.push({ warehouseId, orderIds: walked.slice(start, start + size).map((order) => order.id) });
    }
    return plans;
  });
}

/** `PL-20261202-0042`: the warehouse's business date and a serial, as printed on the list and tote. */
export function pickListCode(businessDate: string, serial: number): string {
  return `PL-${businessDate.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
