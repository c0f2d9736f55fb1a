export {
  type AppFileDecision,
  appEntryUrl,
  appHost,
  appOrigin,
  appScheme,
  contentTypeFor,
  isAppUrl,
  mapAppUrlToFile,
} from './app-url.policy';
export { appResponseHeaders, contentSecurityPolicy } from './csp.policy';
export {
  isPageRequestAllowed,
  type PermissionDecision,
  permissionDecision,
  shouldAllowNavigation,
  type WindowOpenDecision,
  type WindowOpenOptions,
  windowOpenDecision,
} from './navigation.policy';
export { type IpcSender, isTrustedSender } from './sender.policy';
export {
  createShutdownPlan,
  type ShutdownFailure,
  type ShutdownPlan,
  type ShutdownState,
  type ShutdownStepName,
  type ShutdownSteps,
  shutdownOrder,
} from './shutdown-plan';
