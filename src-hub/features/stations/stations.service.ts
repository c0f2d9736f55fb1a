import { AppError } from '../../../src-shared/errors';
import type { User } from '../../../src-shared/features/auth';
import {
  clockOffsetAlertMs,
  type RegisterStationRequest,
  type RegisterStationResponse,
  type StationStatus,
} from '../../../src-shared/hub-api';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { createSessionToken, hashSessionToken, readBearerToken } from '../auth';
import { stationClockOffsetMs } from '../health';
import type { DirectoryEntry, StationsRepo, SyncStation } from './stations.repo';

/**
 * How often a station's last-seen time and clock offset are written while nothing else changes.
 * Every sync request would otherwise write the stations row (five pulls per round per station).
 */
export const sightingWriteIntervalMs = 10_000;

/** The one answer to every missing, malformed or unknown station token. */
export const stationNotRegisteredMessage = 'This station is not registered with the hub — sign in again';

/** What a sync request carries that identifies and times the station. */
export type StationRequestHeaders = {
  readonly authorization?: string | undefined;
  readonly stationTime?: string | string[] | undefined;
};

/** Station registration, station-token checks and the station directory. */
export type StationsService = {
  /** Registers (or re-registers) a station for `user` and issues a new station token. */
  register(user: User, request: RegisterStationRequest): Promise<RegisterStationResponse>;
  /**
   * The station behind a sync request's bearer token (`unauthorized` otherwise). Records when it
   * was last seen and how far its clock is off, and raises the clock alert beyond 30 s.
   */
  stationForRequest(headers: StationRequestHeaders): Promise<SyncStation>;
  /** Stations with their clock health; admins see all, supervisors their warehouse's. */
  list(user: User): Promise<StationStatus[]>;
  /**
   * Revokes a lost or stolen station: its token stops working at once and its change streams
   * end. Admins may revoke any station, supervisors those of their warehouse. Signing in at the
   * station with a password registers it again.
   */
  revoke(user: User, stationId: string): Promise<StationStatus>;
};

export type StationsServiceDeps = {
  readonly repo: StationsRepo;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Ends the open change streams of a revoked station. */
  readonly onRevoked?: (stationId: string) => void;
  /** True while the station listens to its change stream (it then makes no other request). */
  readonly isConnected?: (stationId: string) => boolean;
};

/** Creates the {@link StationsService}. */
export function createStationsService(deps: StationsServiceDeps): StationsService {
  const { repo, clock, logger } = deps;

  async function warehouseFor(user: User, requested: string | undefined): Promise<string> {
    const mayActThere =
      requested !== undefined && (user.warehouseId === null || user.warehouseId === requested);
    if (mayActThere && (await repo.warehouseExists(requested))) return requested;
    if (user.warehouseId !== null) return user.warehouseId;
    const first = await repo.firstWarehouseId();
    if (first === null) throw new AppError('conflict', 'The hub has no warehouse to register the station in');
    return first;
  }

  function withConnection(station: DirectoryEntry): StationStatus {
    return { ...station, isConnected: deps.isConnected?.(station.id) ?? false };
  }

  return {
    async register(user, request) {
      const warehouseId = await warehouseFor(user, request.warehouseId);
      const stationToken = createSessionToken();
      await repo.saveRegistration({
        id: request.stationId,
        name: request.stationName,
        warehouseId,
        tokenHash: hashSessionToken(stationToken),
        registeredBy: user.id,
        now: new Date(clock.now()),
      });
      logger.info({ stationId: request.stationId, warehouseId, userId: user.id }, 'station registered');
      const warehouse = await repo.warehouseDetails(warehouseId);
      return { stationToken, warehouseId, ...(warehouse === null ? {} : { warehouse }) };
    },

    async stationForRequest(headers) {
      const token = readBearerToken(headers.authorization);
      const station = token === null ? null : await repo.findByTokenHash(hashSessionToken(token));
      if (station === null) throw new AppError('unauthorized', stationNotRegisteredMessage);
      const now = clock.now();
      const offsetMs = stationClockOffsetMs(headers.stationTime, now);
      const hasClockAlert =
        offsetMs === null ? station.hasClockAlert : Math.abs(offsetMs) > clockOffsetAlertMs;
      const isDue =
        station.lastSeenAt === null || now - station.lastSeenAt.getTime() >= sightingWriteIntervalMs;
      if (isDue || hasClockAlert !== station.hasClockAlert) {
        await repo.recordSighting(station.id, {
          lastSeenAt: new Date(now),
          hasClockAlert,
          ...(offsetMs === null ? {} : { clockOffsetMs: clampToInt32(offsetMs) }),
        });
      }
      if (hasClockAlert && !station.hasClockAlert) {
        logger.warn(
          { stationId: station.id, offsetMs, alertMs: clockOffsetAlertMs },
          'station clock is off by more than the alert threshold; check its time settings',
        );
      } else if (!hasClockAlert && station.hasClockAlert) {
        logger.info({ stationId: station.id, offsetMs }, 'station clock is back within the threshold');
      }
      const { id, name, warehouseId } = station;
      return { id, name, warehouseId };
    },

    async list(user) {
      assertManagesStations(user, 'see the stations');
      return (await repo.list(user.warehouseId)).map(withConnection);
    },

    async revoke(user, stationId) {
      assertManagesStations(user, 'revoke a station');
      const station = await repo.find(stationId);
      // A station of another warehouse is none of a supervisor's business, not even its existence.
      if (station === null || (user.warehouseId !== null && station.warehouseId !== user.warehouseId)) {
        throw new AppError('not_found', 'There is no such station in your warehouse');
      }
      const revokedAt = new Date(clock.now());
      await repo.revoke(stationId, user.id, revokedAt);
      deps.onRevoked?.(stationId);
      logger.warn({ stationId, userId: user.id }, 'station revoked');
      return withConnection({ ...station, revokedAt: revokedAt.toISOString() });
    },
  };
}

function assertManagesStations(user: User, what: string): void {
  if (user.role !== 'admin' && user.role !== 'supervisor') {
    throw new AppError('forbidden', `Only admins and supervisors may ${what}`);
  }
}

/** The column is a 32-bit integer (±24 days): a clock further off is stored at the limit. */
function clampToInt32(value: number): number {
  return Math.max(-2_147_483_647, Math.min(2_147_483_647, value));
}
