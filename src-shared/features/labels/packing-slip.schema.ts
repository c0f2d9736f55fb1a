import { z } from 'zod';
import { platforms } from '../../domain';
import { labelLanguages } from './label-format';

/** What a packing slip needs; money in integer fen. */
export const packingSlipDataSchema = z.object({
  /** Language of the fixed captions; product names print as given. */
  language: z.enum(labelLanguages),
  order: z.object({
    /** Packline's order id; printed as `ORD-<id>` and in the QR code. */
    id: z.string().regex(/^[0-9A-Za-z-]{1,40}$/),
    platform: z.enum(platforms),
    platformOrderNo: z.string().min(1).max(64),
  }),
  lines: z
    .array(
      z.object({
        /** The warehouse's item code (or GTIN) the packer checks against. */
        code: z.string().min(1).max(32),
        name: z.string().min(1).max(200),
        qty: z.number().int().positive(),
        bin: z.string().min(1).max(32),
      }),
    )
    .min(1)
    .max(500),
  totals: z.object({
    itemsFen: z.number().int().nonnegative(),
    shippingFen: z.number().int().nonnegative(),
    discountFen: z.number().int().nonnegative(),
    totalFen: z.number().int().nonnegative(),
  }),
  printedAt: z.iso.datetime(),
  /** IANA zone of the warehouse: printed times are local. */
  timeZone: z.string().min(1).max(64),
});

/** What a packing slip needs. */
export type PackingSlipData = z.infer<typeof packingSlipDataSchema>;
