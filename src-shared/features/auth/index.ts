export {
  authChannels,
  type BenchSignInResult,
  benchSignInResultSchema,
  type Credentials,
  credentialsSchema,
  type Session,
  sessionSchema,
  type User,
  userSchema,
} from './auth.contract';
export {
  type BadgeSignIn,
  badgeCodeSchema,
  badgeSignInSchema,
  type BenchRefusal,
  benchRefusalReasons,
  benchRefusalSchema,
  defaultIdleLockMs,
  isBadgeCode,
  pinLockout,
  pinSchema,
  type SignInMethod,
  signInMethodSchema,
  type SignInOptions,
  signInOptionsSchema,
  unlockSchema,
} from './bench-sign-in';
export { type BenchUser, benchUserSchema } from './bench-user.model';
export { type Role, roleSchema, roles, type Screen, screens, screensFor } from './roles';
export { formatScryptHash, maxScryptCost, parseScryptHash, type ScryptHashParts } from './scrypt-hash';
export {
  type SetUserBadgeRequest,
  setUserBadgeRequestSchema,
  type UserBadge,
  userBadgePath,
  userBadgeRoute,
  userBadgeSchema,
} from './user-badge.hub-api';
