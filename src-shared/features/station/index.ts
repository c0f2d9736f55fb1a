export {
  type HubConnection,
  hubConnectionSchema,
  type LocalDbStatus,
  localDbStatusSchema,
  stationChannels,
  stationEvents,
  type StationStatus,
  stationStatusSchema,
} from './station.contract';
