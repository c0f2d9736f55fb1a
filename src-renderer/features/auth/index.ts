export { LockScreen } from './LockScreen';
export { sessionQueryKey } from './session-query';
export { SignInScreen } from './SignInScreen';
export { SwitchUserButton } from './SwitchUserButton';
export { useIdleLock } from './use-idle-lock';
export { useSession } from './use-session';
export { useSignIn } from './use-sign-in';
export { useSignOut } from './use-sign-out';
