import { z } from 'zod';

/** A stock-keeping unit: what a packer scans and a bin holds. */
export const skuSchema = z.object({
  id: z.string().min(1).max(64),
  /** GTIN-8/12/13/14 with a valid check digit; absent for items without a retail barcode. */
  gtin: z
    .string()
    .regex(/^(\d{8}|\d{12,14})$/)
    .optional(),
  /** The warehouse's own code, printed on labels for items without a GTIN. */
  internalCode: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** Bin location (`A-03-2-05`: zone, aisle, level, position); bin-walk order sorts by it. */
  bin: z.string().min(1).max(32),
  updatedAt: z.iso.datetime(),
});

/** A SKU. */
export type Sku = z.infer<typeof skuSchema>;
