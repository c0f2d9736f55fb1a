import { z } from 'zod';
import { addressSchema } from './order.model';

/** A warehouse: the scope of stock, stations and most people. */
export const warehouseSchema = z.object({
  id: z.string().min(1).max(64),
  /** Short code printed on labels and screens (`SHA`). */
  code: z.string().min(1).max(16),
  name: z.string().min(1).max(200),
  /** IANA zone (`Asia/Shanghai`) that defines the warehouse's business day; timestamps stay UTC. */
  timeZone: z.string().min(1).max(64),
});

/** A warehouse. */
export type Warehouse = z.infer<typeof warehouseSchema>;

/** Who a parcel is from: the sender block of every waybill the warehouse prints. */
export const shipFromSchema = z.object({
  name: z.string().min(1).max(100),
  phone: z.string().min(3).max(32),
  address: addressSchema,
});

/** A warehouse's sender block. */
export type ShipFrom = z.infer<typeof shipFromSchema>;

/** A warehouse with what its stations print: a station learns it when it registers. */
export const warehouseDetailsSchema = warehouseSchema.extend({ shipFrom: shipFromSchema.nullable() });

/** A warehouse with its sender block (null until an admin sets one). */
export type WarehouseDetails = z.infer<typeof warehouseDetailsSchema>;

/** A pack bench or desk PC running the station app; it belongs to one warehouse. */
export const stationRecordSchema = z.object({
  id: z.string().min(1).max(64),
  warehouseId: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
});

/** A station as the hub's directory knows it. */
export type StationRecord = z.infer<typeof stationRecordSchema>;
