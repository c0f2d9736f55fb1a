export { type AuthRepo, createAuthRepo } from './auth.repo';
export { registerAuthRoutes } from './auth.routes';
export { createSignInTalliesRepo, type SignInTalliesRepo } from './sign-in-tallies.repo';
export { benchUserDocument, benchUserPullColumns } from './bench-users.pull';
export {
  type AuthService,
  createAuthService,
  notSignedInMessage,
  wrongCredentialsMessage,
} from './auth.service';
export { hashPassword, verifyPassword } from './password-hash';
export { createSessionToken, hashSessionToken, readBearerToken, sessionLifetimeMs } from './session-token';
export { createUserBadgeRepo, type UserBadgeRepo } from './user-badge.repo';
export { registerUserBadgeRoutes, type UserBadgeRoutesDeps } from './user-badge.routes';
export {
  createUserBadgeService,
  type UserBadgeService,
  type UserBadgeServiceDeps,
} from './user-badge.service';
