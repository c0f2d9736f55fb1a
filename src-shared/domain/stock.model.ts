import { z } from 'zod';

/**
 * Stock of one SKU in one warehouse. `available = onHand − reserved` is what can still be
 * allocated; the hub never lets it go below zero. `safety` is kept back from the channels, not
 * from allocation: below it the SKU is flagged "stop selling".
 */
export const stockLevelSchema = z.object({
  warehouseId: z.string().min(1).max(64),
  skuId: z.string().min(1).max(64),
  onHand: z.number().int().nonnegative(),
  reserved: z.number().int().nonnegative(),
  safety: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
});

/** Stock of one SKU in one warehouse. */
export type StockLevel = z.infer<typeof stockLevelSchema>;

/** Units that can still be allocated. */
export function availableUnits(stock: Pick<StockLevel, 'onHand' | 'reserved'>): number {
  return stock.onHand - stock.reserved;
}

/**
 * What applying a command asks the stock authority to do. Reducers only describe it; the hub runs
 * it in SQL in the same transaction (guarded, so `available` never goes below zero), and stations
 * ignore it: they only consume stock the hub already reserved for their orders.
 */
export type StockEffect =
  /** Shipping: the reserved units leave the building (onHand and reserved both drop). */
  | { readonly kind: 'confirm'; readonly warehouseId: string; readonly skuId: string; readonly qty: number }
  /** Cancelling an allocated order: its reservation goes back to available. */
  | { readonly kind: 'release'; readonly warehouseId: string; readonly skuId: string; readonly qty: number };
