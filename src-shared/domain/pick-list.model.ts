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
