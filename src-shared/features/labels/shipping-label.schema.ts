import { z } from 'zod';
import { addressSchema, platforms } from '../../domain';
import { labelLanguages } from './label-format';

/** Upper-case ASCII that scans back unchanged from Code 128 (Packline's code alphabet). */
const barcodeTextSchema = z.string().regex(/^[0-9A-Z-]+$/, 'upper-case letters, digits and "-" only');

/** A party on the waybill: the buyer, or the warehouse shipping for the shop. */
const partySchema = z.object({
  name: z.string().min(1).max(100),
  phone: z.string().min(3).max(32),
  address: addressSchema,
});

/** What a shipping label needs: everything is on the station, so it prints offline. */
export const shippingLabelDataSchema = z.object({
  /** Language of the fixed captions; buyer and product text print as given. */
  language: z.enum(labelLanguages),
  carrier: z.object({
    code: z.string().min(1).max(8),
    /** As the carrier writes itself, e.g. 顺丰速运. */
    name: z.string().min(1).max(32),
  }),
  /** The reserved waybill number; printed as Code 128 and in the QR code. */
  trackingNo: barcodeTextSchema.min(6).max(24),
  /**
   * The carrier's sorting code (大头笔), printed large for the sorting centre. Without one the label
   * prints the receiver's city and district there.
   */
  routeCode: z.string().min(1).max(24).optional(),
  order: z.object({
    /** Packline's order id; printed as `ORD-<id>`. */
    id: z.string().regex(/^[0-9A-Za-z-]{1,40}$/),
    platform: z.enum(platforms),
    platformOrderNo: z.string().min(1).max(64),
  }),
  /** The warehouse (name, phone, address). */
  sender: partySchema,
  /** The buyer; the phone prints masked. */
  receiver: partySchema,
  lines: z
    .array(
      z.object({
        /** A short product name for the line summary. */
        shortName: z.string().min(1).max(60),
        qty: z.number().int().positive(),
      }),
    )
    .min(1)
    .max(500),
  printedAt: z.iso.datetime(),
  /** IANA zone of the warehouse: printed times are local. */
  timeZone: z.string().min(1).max(64),
});

/** What a shipping label needs. */
export type ShippingLabelData = z.infer<typeof shippingLabelDataSchema>;
