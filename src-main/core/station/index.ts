export { createStationCore, type StationCoreConfig } from './create-station-core';
export type { CallerContext, StationCore, StationEvent } from './station-core.types';
export {
  defaultStationName,
  loadStationIdentity,
  type StationIdentity,
  type StationIdentityOptions,
} from './station-identity';
