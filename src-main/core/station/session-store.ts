import type { Session, SignInMethod, User } from '../../../src-shared/features/auth';
import type { Clock } from '../clock';

/** A signed-in caller. Never leaves main as is: the renderer gets {@link sessionView}. */
export type StationSession = {
  readonly user: User;
  readonly method: SignInMethod;
  /**
   * The hub token that speaks for the person, when the hub checked a password. A badge sign-in,
   * checked by the station alone, has none: sync pushes with the station's own credentials and
   * commands name the person as `actorId`, so nothing after sign-in needs it.
   */
  readonly hubToken?: string;
  readonly signedInAt: string;
  /** The session ends here: the hub token's expiry, or a shift after a badge sign-in. */
  readonly expiresAt: string;
  /** The person can open a lock with a PIN at this station. */
  readonly hasPin: boolean;
  /** Locked: kept, but counts as signed out until the person's PIN opens it again. */
  readonly isLocked: boolean;
};

/** Sessions by caller session id, in memory: a restart signs everyone out. */
export type SessionStore = {
  /** The session, locked or not, or null when there is none or it has expired. */
  get(sessionId: string): StationSession | null;
  /** The session when it is open (not locked), else null: what "signed in" means for the bridge. */
  getOpen(sessionId: string): StationSession | null;
  set(sessionId: string, session: StationSession): void;
  /** Locks or opens the caller's session; answers it, or null when there is none. */
  setLocked(sessionId: string, isLocked: boolean): StationSession | null;
  delete(sessionId: string): void;
  clear(): void;
};

/** Creates an empty {@link SessionStore}. */
export function createSessionStore(clock: Clock): SessionStore {
  const sessions = new Map<string, StationSession>();

  function get(sessionId: string): StationSession | null {
    const session = sessions.get(sessionId);
    if (session === undefined) return null;
    if (Date.parse(session.expiresAt) <= clock.now()) {
      sessions.delete(sessionId);
      return null;
    }
    return session;
  }

  return {
    get,
    getOpen(sessionId) {
      const session = get(sessionId);
      return session === null || session.isLocked ? null : session;
    },
    set: (sessionId, session) => void sessions.set(sessionId, session),
    setLocked(sessionId, isLocked) {
      const session = get(sessionId);
      if (session === null) return null;
      const next = { ...session, isLocked };
      sessions.set(sessionId, next);
      return next;
    },
    delete: (sessionId) => void sessions.delete(sessionId),
    clear: () => sessions.clear(),
  };
}

/** What the renderer sees of a session: never the hub token. */
export function sessionView(session: StationSession): Session {
  return {
    user: session.user,
    signedInAt: session.signedInAt,
    method: session.method,
    isLocked: session.isLocked,
    hasPin: session.hasPin,
  };
}
