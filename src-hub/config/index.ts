export { ensureDataFolder } from './data-folder';
export {
  dataDirConfigFileName,
  defaultDataDir,
  defaultHubPort,
  type HubConfig,
  hubUsage,
} from './hub-config';
export { type HubCommand, type HubConfigSources, parseHubConfig } from './parse-hub-config';
export {
  configError,
  describeStartupFailure,
  StartupError,
  type StartupFailure,
} from './startup-error';
