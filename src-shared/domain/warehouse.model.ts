import { z } from 'zod';

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

/** A pack bench or desk PC running the station app; it belongs to one warehouse. */
export const stationRecordSchema = z.object({
  id: z.string().min(1).max(64),
  warehouseId: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
});

/** A station as the hub's directory knows it. */
export type StationRecord = z.infer<typeof stationRecordSchema>;
