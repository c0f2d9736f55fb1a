import { contextBridge, ipcRenderer } from 'electron';
import { type BridgeApi, bridgeGlobalName } from '../../src-shared/bridge';
import { createPreloadBridge } from './preload-bridge';

// Sandboxed preload, bundled as CommonJS: it can reach nothing but the contract, contextBridge and
// ipcRenderer. The page gets exactly window.packline = { invoke, subscribe }, never ipcRenderer.
contextBridge.exposeInMainWorld(
  bridgeGlobalName,
  createPreloadBridge(ipcRenderer, (error) => globalThis.reportError(error)) satisfies BridgeApi,
);
