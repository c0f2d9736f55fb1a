import { asc, eq } from 'drizzle-orm';
import type { StationStatus } from '../../../src-shared/hub-api';
import type { WarehouseDetails } from '../../../src-shared/domain';
import type { HubOrm } from '../../db';
import { stations, warehouses } from '../../db';

/** A registered station as the sync endpoints see it. */
export type SyncStation = {
  readonly id: string;
  readonly name: string;
  readonly warehouseId: string;
};

/** A station found by its token, with what clock tracking needs. */
export type StationByToken = SyncStation & {
  readonly lastSeenAt: Date | null;
  readonly hasClockAlert: boolean;
};

/** A registration to store. */
export type StationRegistration = {
  readonly id: string;
  readonly name: string;
  readonly warehouseId: string;
  readonly tokenHash: string;
  readonly registeredBy: string;
  readonly now: Date;
};

/** What a sync request tells about a station. `clockOffsetMs` undefined: the request had no clock. */
export type StationSighting = {
  readonly lastSeenAt: Date;
  readonly clockOffsetMs?: number;
  readonly hasClockAlert: boolean;
};

/** A station as the database knows it; whether it is connected now only the open streams know. */
export type DirectoryEntry = Omit<StationStatus, 'isConnected'>;

/** The stations feature's door to `stations` and `warehouses`. */
export type StationsRepo = {
  warehouseExists(id: string): Promise<boolean>;
  /** The warehouse with what its stations print; null when there is none with `id`. */
  warehouseDetails(id: string): Promise<WarehouseDetails | null>;
  /** The warehouse with the lowest code: where an unscoped admin's station goes by default. */
  firstWarehouseId(): Promise<string | null>;
  /** Creates or updates the station and replaces its token. */
  saveRegistration(registration: StationRegistration): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<StationByToken | null>;
  recordSighting(stationId: string, sighting: StationSighting): Promise<void>;
  /** Every station, or one warehouse's; by warehouse, then name. */
  list(warehouseId: string | null): Promise<DirectoryEntry[]>;
  /** One station of the directory; null when there is none with `id`. */
  find(id: string): Promise<DirectoryEntry | null>;
  /** Drops the station's token and records who revoked it when. */
  revoke(id: string, revokedBy: string, now: Date): Promise<void>;
};

/** Creates the {@link StationsRepo}. */
export function createStationsRepo(orm: HubOrm): StationsRepo {
  return {
    async warehouseExists(id) {
      const rows = await orm
        .select({ id: warehouses.id })
        .from(warehouses)
        .where(eq(warehouses.id, id))
        .limit(1);
      return rows.length > 0;
    },
    async warehouseDetails(id) {
      const [row] = await orm.select().from(warehouses).where(eq(warehouses.id, id)).limit(1);
      return row === undefined ? null : { ...row, shipFrom: row.shipFrom ?? null };
    },
    async firstWarehouseId() {
      const rows = await orm
        .select({ id: warehouses.id })
        .from(warehouses)
        .orderBy(asc(warehouses.code))
        .limit(1);
      return rows[0]?.id ?? null;
    },
    async saveRegistration(registration) {
      const { id, name, warehouseId, tokenHash, registeredBy, now } = registration;
      await orm
        .insert(stations)
        .values({ id, name, warehouseId, tokenHash, registeredBy, createdAt: now })
        .onConflictDoUpdate({
          target: stations.id,
          set: { name, warehouseId, tokenHash, registeredBy, revokedAt: null, revokedBy: null },
        });
    },
    async findByTokenHash(tokenHash) {
      const rows = await orm
        .select({
          id: stations.id,
          name: stations.name,
          warehouseId: stations.warehouseId,
          lastSeenAt: stations.lastSeenAt,
          hasClockAlert: stations.hasClockAlert,
        })
        .from(stations)
        .where(eq(stations.tokenHash, tokenHash))
        .limit(1);
      return rows[0] ?? null;
    },
    async recordSighting(stationId, sighting) {
      await orm.update(stations).set(sighting).where(eq(stations.id, stationId));
    },
    async list(warehouseId) {
      const rows = await orm
        .select(directoryColumns)
        .from(stations)
        .innerJoin(warehouses, eq(warehouses.id, stations.warehouseId))
        .where(warehouseId === null ? undefined : eq(stations.warehouseId, warehouseId))
        .orderBy(asc(stations.warehouseId), asc(stations.name));
      return rows.map(directoryEntry);
    },
    async find(id) {
      const [row] = await orm
        .select(directoryColumns)
        .from(stations)
        .innerJoin(warehouses, eq(warehouses.id, stations.warehouseId))
        .where(eq(stations.id, id))
        .limit(1);
      return row === undefined ? null : directoryEntry(row);
    },
    async revoke(id, revokedBy, now) {
      await orm
        .update(stations)
        .set({ tokenHash: null, revokedAt: now, revokedBy })
        .where(eq(stations.id, id));
    },
  };
}

const directoryColumns = {
  id: stations.id,
  name: stations.name,
  warehouseId: stations.warehouseId,
  warehouseName: warehouses.name,
  lastSeenAt: stations.lastSeenAt,
  clockOffsetMs: stations.clockOffsetMs,
  hasClockAlert: stations.hasClockAlert,
  revokedAt: stations.revokedAt,
};

function directoryEntry(row: {
  id: string;
  name: string;
  warehouseId: string;
  warehouseName: string;
  lastSeenAt: Date | null;
  clockOffsetMs: number | null;
  hasClockAlert: boolean;
  revokedAt: Date | null;
}): DirectoryEntry {
  return {
    ...row,
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
