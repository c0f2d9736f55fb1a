import type { StationStatus } from '../../../src-shared/features/station';
import type { BridgeHandlers } from '../bridge';
import type { HubLink } from '../hub-link';
import type { StationDb } from './station-db';
import type { StationIdentity } from './station-identity';

export type StationHandlerDeps = {
  readonly identity: StationIdentity;
  readonly hubLink: HubLink;
  readonly stationDb: StationDb;
  readonly appVersion: string;
  readonly mode: StationStatus['mode'];
};

/** Bridge handlers of the station feature: everything the Station screen shows, in one read. */
export function createStationHandlers(deps: StationHandlerDeps): Pick<BridgeHandlers, 'station.status'> {
  return {
    'station.status': () => ({
      stationId: deps.identity.stationId,
      stationName: deps.identity.stationName,
      appVersion: deps.appVersion,
      mode: deps.mode,
      hub: deps.hubLink.snapshot(),
      localDb: deps.stationDb.status(),
    }),
  };
}
