export { HubPill } from './HubPill';
export { StationScreen } from './StationScreen';
export { stationStatusQueryKey, useStationStatus } from './use-station-status';
