import { type Envelope, fail, ok } from '../../../src-shared/bridge';
import type { Session } from '../../../src-shared/features/auth';
import type { StationStatus as HubStation } from '../../../src-shared/hub-api';

/** The hub's station directory as the fake station answers it. */
export type FakeHubStations = {
  readonly handlers: Record<'stations.list' | 'stations.revoke', (input: unknown) => Envelope<unknown>>;
  /** The directory as it is now. */
  stations(): readonly HubStation[];
};

/** Stations of a small hub: this bench, a desk, and a bench whose clock is 45 s ahead. */
export function fakeHubStations(): HubStation[] {
  const seen = '2025-03-01T07:59:00.000Z';
  return [
    station('st-1', 'PACK-01', { lastSeenAt: seen, clockOffsetMs: 120, isConnected: true }),
    station('DESK-02', 'Desk 2', { lastSeenAt: seen, clockOffsetMs: -800 }),
    station('PACK-03', 'Pack 3', { lastSeenAt: seen, clockOffsetMs: 45_000, hasClockAlert: true }),
  ];
}

function station(id: string, name: string, patch: Partial<HubStation>): HubStation {
  return {
    id,
    name,
    warehouseId: 'wh-sha',
    warehouseName: '上海嘉定仓',
    lastSeenAt: null,
    clockOffsetMs: null,
    hasClockAlert: false,
    isConnected: false,
    revokedAt: null,
    ...patch,
  };
}

/**
 * The directory behind `stations.list` and `stations.revoke`: admins and supervisors only, and
 * only when the hub is reachable (`isHubUp`), as main answers.
 */
export function createFakeHubStations(options: {
  readonly sessionOf: () => Session | null;
  readonly isHubUp: () => boolean;
  readonly now: string;
  readonly stations?: readonly HubStation[];
}): FakeHubStations {
  let stations = [...(options.stations ?? fakeHubStations())];
  const refusal = (): Envelope<unknown> | null => {
    const session = options.sessionOf();
    if (session === null) return fail('unauthorized', 'Please sign in first.');
    if (session.user.role !== 'admin' && session.user.role !== 'supervisor') {
      return fail('forbidden', 'Only admins and supervisors may manage the stations.');
    }
    if (!options.isHubUp()) return fail('unavailable', 'Hub not reachable — check the network');
    return null;
  };
  return {
    handlers: {
      'stations.list': () => refusal() ?? ok({ stations }),
      'stations.revoke': (input) => {
        const refused = refusal();
        if (refused !== null) return refused;
        const { stationId } = input as { stationId: string }; // the channel's input shape
        const found = stations.find((candidate) => candidate.id === stationId);
        if (found === undefined) return fail('not_found', 'There is no such station in your warehouse');
        const revoked = { ...found, revokedAt: options.now, isConnected: false };
        stations = stations.map((candidate) => (candidate.id === stationId ? revoked : candidate));
        return ok(revoked);
      },
    },
    stations: () => stations,
  };
}
