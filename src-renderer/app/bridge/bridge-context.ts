import { createContext } from 'react';
import type { Bridge } from './create-bridge';

/** Holds the page's {@link Bridge}; null outside a BridgeProvider. */
export const BridgeContext = createContext<Bridge | null>(null);
