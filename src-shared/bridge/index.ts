export {
  type Channel,
  type ChannelMap,
  channel,
  type Envelope,
  type EventMap,
  envelopeSchema,
  fail,
  type InputOf,
  ok,
  type OutputOf,
} from './contract';
export {
  type BridgeEventPayload,
  type BridgeInput,
  type BridgeOutput,
  bridgeChannels,
  bridgeEvents,
  type ChannelName,
  type EventName,
  isChannelName,
  isEventName,
  publicChannels,
} from './station-bridge';
export { type BridgeApi, bridgeGlobalName, hostPaths, ipcChannels } from './bridge-api';
