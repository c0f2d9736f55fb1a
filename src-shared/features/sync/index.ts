export {
  type AttentionItem,
  attentionItemSchema,
  type SyncState,
  syncChannels,
  syncEvents,
  syncStateSchema,
  syncStates,
} from './sync.contract';
