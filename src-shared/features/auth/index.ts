export {
  authChannels,
  type Credentials,
  credentialsSchema,
  type Session,
  sessionSchema,
  type User,
  userSchema,
} from './auth.contract';
export { type Role, roleSchema, roles, type Screen, screens, screensFor } from './roles';
