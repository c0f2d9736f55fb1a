export {
  hubBodyLimitBytes,
  hubErrorSchema,
  type HubHealth,
  hubHealthSchema,
  hubMeSchema,
  hubPaths,
  hubSignInRequestSchema,
  type HubSignInResponse,
  hubSignInResponseSchema,
  stationIdHeader,
  stationTimeHeader,
} from './hub-api';
