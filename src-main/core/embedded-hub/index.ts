export {
  createNodeForkLauncher,
  type HubProcess,
  type HubProcessExit,
  type HubProcessLauncher,
} from './hub-process';
export { type CreatedUser, type HubProcessMessage, hubProcessMessageSchema } from './hub-process-messages';
export { type EmbeddedHub, type EmbeddedHubOptions, startEmbeddedHub } from './start-embedded-hub';
