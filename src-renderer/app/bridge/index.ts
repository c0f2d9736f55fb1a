export { type BridgeClient, createBridgeClient } from './bridge-client';
export { BridgeError, isBridgeError } from './bridge-error';
export { BridgeProvider } from './BridgeProvider';
export { type Bridge, bridgeOver, createPageBridge } from './create-bridge';
export { createHttpBridgeApi, type EventSourceLike, type HttpBridge } from './http-bridge-api';
export { alwaysConnectedLink, type StationLink, type StationLinkState } from './station-link';
export { useBridge, useStationLink } from './use-bridge';
