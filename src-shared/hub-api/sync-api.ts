import { z } from 'zod';
import { commandResultSchema, commandSchema } from '../domain/command.contract';
import { orderSchema } from '../domain/order.model';
import { pickListSchema } from '../domain/pick-list.model';
import { skuSchema } from '../domain/sku.model';
import { stockLevelSchema } from '../domain/stock.model';
import { warehouseDetailsSchema } from '../domain/warehouse.model';
import { benchUserSchema } from '../features/auth';

/**
 * Sync between stations and the hub (DESIGN §3): commands go up in batches, hub-owned state comes
 * down per collection from a checkpoint, and a server-sent event stream says when to pull again.
 */
export const syncPaths = {
  /** POST a {@link pushCommandsRequestSchema}; answers {@link pushCommandsResponseSchema}. */
  pushCommands: '/api/sync/commands',
  /** GET `/api/sync/pull/<collection>?checkpoint=<json>&limit=<n>`; answers {@link pullResponseSchema}. */
  pull: '/api/sync/pull',
  /** GET: `text/event-stream` of {@link syncSignalSchema} events named `change`. */
  stream: '/api/sync/stream',
  /**
   * POST a {@link registerStationRequestSchema} with a signed-in person's session token; answers
   * {@link registerStationResponseSchema}. Every other sync path takes the station token it issues.
   */
  register: '/api/sync/register',
} as const;

/** Body of a station registration. */
export const registerStationRequestSchema = z.object({
  stationId: z.string().trim().min(1).max(64),
  stationName: z.string().trim().min(1).max(200),
  /** The warehouse the station works in; ignored unless the person may act there. */
  warehouseId: z.string().min(1).max(64).optional(),
});

/** A station registration after validation. */
export type RegisterStationRequest = z.infer<typeof registerStationRequestSchema>;

/**
 * Answer of a station registration. The token goes in `Authorization: Bearer <stationToken>` on
 * every sync request; it does not expire, and registering the station again replaces it.
 */
export const registerStationResponseSchema = z.object({
  stationToken: z.string(),
  /** The warehouse the hub registered the station in: its orders and stock are what it pulls. */
  warehouseId: z.string(),
  /** That warehouse's name, zone and waybill sender block (absent from hubs before Step 4). */
  warehouse: warehouseDetailsSchema.optional(),
});

/** Answer of a station registration. */
export type RegisterStationResponse = z.infer<typeof registerStationResponseSchema>;

/** The hub's directory of stations, for admins and supervisors. */
export const stationPaths = {
  /** GET with a session token; answers {@link stationListSchema}. */
  list: '/api/stations',
  /**
   * POST with a session token (admin, or supervisor of the station's warehouse), no body: the
   * station's token stops working at once. Answers the station's {@link stationStatusSchema}.
   */
  revoke: '/api/stations/:stationId/revoke',
} as const;

/** The revoke path of one station. */
export function stationRevokePath(stationId: string): string {
  return stationPaths.revoke.replace(':stationId', encodeURIComponent(stationId));
}

/** One station as the directory shows it, with its clock health. */
export const stationStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  warehouseId: z.string(),
  /** The warehouse's name, for people (absent from hubs before revocation). */
  warehouseName: z.string().optional(),
  /** Hub time of the station's last sync request; null before the first. */
  lastSeenAt: z.iso.datetime().nullable(),
  /** Station clock minus hub clock at its last request, in milliseconds. */
  clockOffsetMs: z.number().int().nullable(),
  /** True while the offset is beyond {@link clockOffsetAlertMs}. */
  hasClockAlert: z.boolean(),
  /**
   * True while the station listens to its change stream on this hub: connected, even when it has
   * had nothing to pull since `lastSeenAt` (absent from hubs before revocation).
   */
  isConnected: z.boolean().default(false),
  /** When the station was revoked; null while it may sync (absent from hubs before revocation). */
  revokedAt: z.iso.datetime().nullable().default(null),
});

/** One station in the directory. */
export type StationStatus = z.infer<typeof stationStatusSchema>;

/** Answer of GET {@link stationPaths.list}. */
export const stationListSchema = z.object({ stations: z.array(stationStatusSchema) });

/** The hub's directory of stations. */
export type StationList = z.infer<typeof stationListSchema>;

/** The most commands one push may carry; more is a 413. */
export const maxCommandsPerPush = 500;

/**
 * The most documents one pull answers. A fresh station pulls its warehouse's orders, 100,000 or
 * more; every page costs it a round trip and a write transaction with its fsync, so pages are
 * large: 5,000 orders are about 4 MB of JSON.
 */
export const maxPullLimit = 5000;

/** Body of a command push. */
export const pushCommandsRequestSchema = z.object({
  commands: z.array(commandSchema).min(1).max(maxCommandsPerPush),
});

/**
 * Answer of a command push: one result per pushed command, in push order. A command the hub
 * already had answers its stored result again — a retry after a lost answer is harmless.
 */
export const pushCommandsResponseSchema = z.object({ results: z.array(commandResultSchema) });

/** Answer of a command push. */
export type PushCommandsResponse = z.infer<typeof pushCommandsResponseSchema>;

/**
 * Where a pull stopped. Rows are ordered by (transaction id, change sequence): a transaction that
 * commits late always has a larger transaction id than everything already handed out, so no row
 * is ever skipped (see the hub's sync feature).
 */
export const syncCheckpointSchema = z.object({
  /** PostgreSQL `xid8` of the row's last writing transaction, as a decimal string. */
  txid: z.string().regex(/^\d{1,20}$/),
  seq: z.number().int().nonnegative(),
});

/** Where a pull stopped. */
export type SyncCheckpoint = z.infer<typeof syncCheckpointSchema>;

/** The hub-owned documents a station pulls, by collection name. */
export const pullDocumentSchemas = {
  orders: orderSchema,
  skus: skuSchema,
  stock: stockLevelSchema,
  pickLists: pickListSchema,
  commandResults: commandResultSchema,
  // Bench sign-in: people with badges and PIN hashes, checked offline (docs/adr/0010-bench-sign-in.md).
  benchUsers: benchUserSchema,
} as const;

/** Name of a pulled collection. */
export type PullCollection = keyof typeof pullDocumentSchemas;

/** Every pulled collection, in the order a fresh station pulls them. */
export const pullCollections = [
  'skus',
  'stock',
  'pickLists',
  'orders',
  'commandResults',
  'benchUsers',
] as const satisfies readonly PullCollection[];

/** Answer of a pull: documents after the checkpoint, oldest change first, and the new checkpoint. */
export const pullResponseSchema = z.object({
  documents: z.array(z.unknown()),
  /** Null when nothing was ever pulled and nothing is there. */
  checkpoint: syncCheckpointSchema.nullable(),
});

/** Answer of a pull (documents are checked per collection by the caller). */
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Data of a `change` event on the stream: which collections changed since the last signal. */
export const syncSignalSchema = z.object({ collections: z.array(z.enum(pullCollections)) });

/** A change signal. */
export type SyncSignal = z.infer<typeof syncSignalSchema>;

/** A station whose clock differs from the hub's by more than this raises an alert. */
export const clockOffsetAlertMs = 30_000;
