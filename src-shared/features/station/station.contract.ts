import { z } from 'zod';
import { channel } from '../../bridge/contract';
import { dbChangedEventSchema, dbRecoveryEventSchema } from '../../db';
import { stationListSchema, stationStatusSchema as hubStationSchema } from '../../hub-api';

/**
 * The station's link to its hub. `connecting` is the state before the first answer and while a
 * lost hub is being retried after having been online; `offline` means the last attempt failed.
 */
export const hubConnectionSchema = z.object({
  state: z.enum(['online', 'offline', 'connecting']),
  hubUrl: z.string(),
  isEmbedded: z.boolean(),
  /** Round-trip time of the last health check. */
  rttMs: z.number().nullable(),
  /** Hub clock minus station clock, estimated NTP-style from the last health check. */
  clockOffsetMs: z.number().nullable(),
  lastContactAt: z.iso.datetime().nullable(),
  hubVersion: z.string().nullable(),
  engine: z.enum(['pglite', 'postgres']).nullable(),
  /** Plain-language reason of the last failure, for the Station screen. */
  lastError: z.string().nullable(),
});

/** The station's link to its hub. */
export type HubConnection = z.infer<typeof hubConnectionSchema>;

/**
 * The station's own database. `recovered`: the file was damaged at start and was restored from a
 * backup or started empty (`recovery` says which); `error`: it could not be opened at all, the
 * station runs without it and `integrity` carries the reason.
 */
export const localDbStatusSchema = z.object({
  state: z.enum(['ok', 'recovered', 'error']),
  /** `<dataDir>/db/station.sqlite`. */
  path: z.string(),
  /** The file and its write-ahead log. */
  sizeBytes: z.number().int().nonnegative(),
  /** `ok` when the file passed `PRAGMA quick_check` at open, else the reason it cannot be used. */
  integrity: z.string(),
  sqliteVersion: z.string(),
  openedAt: z.iso.datetime(),
  /** What the station did with a damaged file during this start. */
  recovery: dbRecoveryEventSchema.optional(),
  /** True while the station still has to download everything again from the hub. */
  isResyncRequired: z.boolean(),
});

/** The station's own database file. */
export type LocalDbStatus = z.infer<typeof localDbStatusSchema>;

/** Everything the Station screen shows, in one read. */
export const stationStatusSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  appVersion: z.string(),
  mode: z.enum(['electron', 'browser']),
  hub: hubConnectionSchema,
  localDb: localDbStatusSchema,
});

/** Everything the Station screen shows. */
export type StationStatus = z.infer<typeof stationStatusSchema>;

/** Bridge channels of the station feature. */
export const stationChannels = {
  'station.status': channel(z.object({}), stationStatusSchema),
  /**
   * The hub's directory of stations with their clock health, for an admin or supervisor signed in
   * with a password (the hub checks it with their token; a badge sign-in has none: `unauthorized`).
   */
  'stations.list': channel(z.object({}), stationListSchema),
  /** Revokes a lost or stolen station at the hub (same people as `stations.list`). */
  'stations.revoke': channel(z.object({ stationId: z.string().min(1).max(64) }), hubStationSchema),
};

/** Events of the station feature. */
export const stationEvents = {
  'sync.status': hubConnectionSchema,
  /** A collection of the station database changed (coalesced): screens showing it read again. */
  'db.changed': dbChangedEventSchema,
};
