export {
  type ChangeBus,
  type ChangeListener,
  type ChangeNote,
  type ChangeOrigin,
  concernsStation,
  createChangeBus,
} from './change-bus';
export { type ChangeRelay, payloadOf, relayChangesAcrossHubs } from './change-relay';
