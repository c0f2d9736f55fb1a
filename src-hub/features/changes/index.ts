export {
  type ChangeBus,
  type ChangeListener,
  type ChangeNote,
  type ChangeOrigin,
  concernsStation,
  createChangeBus,
} from './change-bus';
export { payloadOf, relayChangesAcrossHubs } from './change-relay';
