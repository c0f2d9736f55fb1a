export {
  type ChangeBus,
  type ChangeListener,
  type ChangeNote,
  concernsStation,
  createChangeBus,
} from './change-bus';
