import { createHash, randomBytes } from 'node:crypto';

/** How long a sign-in lasts: one long shift. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** A new bearer token: 32 random bytes, base64url (43 characters). */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database stores instead of the token. A token has 256 random bits, so a fast hash is
 * enough (no salt or stretching): nobody can guess their way back to it.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const bearerPattern = /^Bearer ([A-Za-z0-9_-]{43})$/i;

/** The token of an `Authorization: Bearer <token>` header, or `null` when missing or malformed. */
export function readBearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  return bearerPattern.exec(header.trim())?.[1] ?? null;
}
