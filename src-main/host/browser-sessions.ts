import { randomBytes } from 'node:crypto';

/** The cookie that names a browser's session: each browser signs in on its own. */
export const sessionCookieName = 'packline_session';

const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

/** The browser sessions this host has issued, with when each was last seen. */
export type BrowserSessions = {
  /**
   * The session of a request: the cookie's id when this host issued it, else a new id and the
   * `Set-Cookie` value that hands it to the browser.
   */
  resolve(cookieHeader: string | undefined): {
    readonly sessionId: string;
    readonly setCookie: string | null;
  };
  /** Forgets sessions idle longer than `idleMs`; returns their ids. */
  sweep(): string[];
  /** Every session id still known. */
  all(): string[];
};

export type BrowserSessionsOptions = {
  readonly now: () => number;
  readonly idleMs: number;
};

/**
 * Only ids this host issued are accepted: a browser cannot pick its own id, so an id planted by
 * someone else (session fixation) is replaced on first contact.
 */
export function createBrowserSessions(options: BrowserSessionsOptions): BrowserSessions {
  const lastSeen = new Map<string, number>();

  return {
    resolve(cookieHeader) {
      const presented = readSessionId(cookieHeader);
      if (presented !== null && lastSeen.has(presented)) {
        lastSeen.set(presented, options.now());
        return { sessionId: presented, setCookie: null };
      }
      const sessionId = randomBytes(32).toString('base64url');
      lastSeen.set(sessionId, options.now());
      return {
        sessionId,
        setCookie: `${sessionCookieName}=${sessionId}; Path=/; HttpOnly; SameSite=Strict`,
      };
    },
    sweep() {
      const cutoff = options.now() - options.idleMs;
      const expired = [...lastSeen].filter(([, seen]) => seen < cutoff).map(([id]) => id);
      for (const id of expired) lastSeen.delete(id);
      return expired;
    },
    all: () => [...lastSeen.keys()],
  };
}

/** The session id in a Cookie header when it is there and well formed, else null. */
export function readSessionId(cookieHeader: string | undefined): string | null {
  if (cookieHeader === undefined) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1 || part.slice(0, separator).trim() !== sessionCookieName) continue;
    const value = part.slice(separator + 1).trim();
    return sessionIdPattern.test(value) ? value : null;
  }
  return null;
}
