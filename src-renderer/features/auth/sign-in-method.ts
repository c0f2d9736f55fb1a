import type { SignInMethod, SignInOptions } from '../../../src-shared/features/auth';

/** Where this screen remembers the sign-in method used last, so a bench stays a bench. */
export const signInMethodStorageKey = 'packline.signInMethod';

/** The method used last on this screen, or null. */
export function rememberedSignInMethod(): SignInMethod | null {
  const stored = window.localStorage.getItem(signInMethodStorageKey);
  return stored === 'badge' || stored === 'password' ? stored : null;
}

/** Remembers the method a person just signed in with. */
export function rememberSignInMethod(method: SignInMethod): void {
  window.localStorage.setItem(signInMethodStorageKey, method);
}

/**
 * The method the sign-in screen starts with: the station's setting, else the one used last here,
 * else a password. A badge only where the station knows badges (it learns them from the hub).
 */
export function startingSignInMethod(options: SignInOptions | undefined): SignInMethod {
  if (options === undefined || !options.hasBadges) return 'password';
  return options.defaultMethod ?? rememberedSignInMethod() ?? 'password';
}
