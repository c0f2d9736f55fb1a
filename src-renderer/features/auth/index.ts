export { sessionQueryKey } from './session-query';
export { SignInScreen } from './SignInScreen';
export { useSession } from './use-session';
export { useSignIn } from './use-sign-in';
export { useSignOut } from './use-sign-out';
