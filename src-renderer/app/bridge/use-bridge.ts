import { use, useSyncExternalStore } from 'react';
import type { BridgeClient } from './bridge-client';
import { BridgeContext } from './bridge-context';
import type { StationLinkState } from './station-link';

function useBridgeContext() {
  const bridge = use(BridgeContext);
  if (!bridge) throw new Error('useBridge is used outside a BridgeProvider.');
  return bridge;
}

/** The typed bridge client of this page. */
export function useBridge(): BridgeClient {
  return useBridgeContext().client;
}

/** Whether the station service answers; re-renders when that changes. */
export function useStationLink(): StationLinkState {
  const { link } = useBridgeContext();
  return useSyncExternalStore(link.subscribe, link.getState);
}
