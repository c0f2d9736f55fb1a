export { type AuthRepo, createAuthRepo } from './auth.repo';
export { registerAuthRoutes } from './auth.routes';
export {
  type AuthService,
  createAuthService,
  notSignedInMessage,
  wrongCredentialsMessage,
} from './auth.service';
export { hashPassword, verifyPassword } from './password-hash';
export { createSessionToken, hashSessionToken, readBearerToken, sessionLifetimeMs } from './session-token';
