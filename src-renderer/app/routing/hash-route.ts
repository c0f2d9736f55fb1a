import { type Screen, screens } from '../../../src-shared/features/auth';

/**
 * Screens live in the URL hash (`#/station`): a reload keeps the screen, and neither the custom
 * protocol of Electron nor the station host needs to know any route.
 */
export function screenFromHash(hash: string): Screen | null {
  const name = hash.replace(/^#\/?/, '');
  return (screens as readonly string[]).includes(name) ? (name as Screen) : null; // checked just now
}

/** The hash that opens `screen`. */
export function hashOf(screen: Screen): string {
  return `#/${screen}`;
}
