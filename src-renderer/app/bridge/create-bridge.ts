import { type BridgeApi, bridgeGlobalName } from '../../../src-shared/bridge';
import { type BridgeClient, createBridgeClient } from './bridge-client';
import { createHttpBridgeApi } from './http-bridge-api';
import { alwaysConnectedLink, type StationLink } from './station-link';

/** What the app's providers hold: the typed client and the state of the link to the station service. */
export type Bridge = {
  readonly client: BridgeClient;
  readonly link: StationLink;
  dispose(): void;
};

/** Builds a {@link Bridge} over any {@link BridgeApi} (tests pass a fake one). */
export function bridgeOver(api: BridgeApi, link: StationLink = alwaysConnectedLink()): Bridge {
  return { client: createBridgeClient(api), link, dispose: () => undefined };
}

function isBridgeApi(value: unknown): value is BridgeApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof BridgeApi, unknown>>; // narrowed field by field below
  return typeof candidate.invoke === 'function' && typeof candidate.subscribe === 'function';
}

/**
 * The bridge of this page: the preload's `window.packline` inside Electron, otherwise the station
 * host's HTTP + SSE transport on the page's own origin.
 */
export function createPageBridge(scope: object = globalThis): Bridge {
  const exposed: unknown = Reflect.get(scope, bridgeGlobalName);
  if (isBridgeApi(exposed)) return bridgeOver(exposed);
  const http = createHttpBridgeApi();
  return { client: createBridgeClient(http), link: http.link, dispose: () => http.dispose() };
}
