import type { ReactNode } from 'react';
import type { Bridge } from './create-bridge';
import { BridgeContext } from './bridge-context';

type BridgeProviderProps = { bridge: Bridge; children: ReactNode };

/** Gives every hook below it the bridge; tests pass one over a fake BridgeApi. */
export function BridgeProvider({ bridge, children }: BridgeProviderProps) {
  return <BridgeContext value={bridge}>{children}</BridgeContext>;
}
