export { isVisibleChange, rttBucket } from './connection-change';
export { createHubClient, type HubClient, type HubClientOptions, hubUnreachableMessage } from './hub-client';
export { createHubLink, type HubLink, type HubLinkOptions } from './hub-link';
export { createFetchTransport, type HubTransport } from './hub-transport';
