import type { User } from '../../../src-shared/features/auth';
import type { Clock } from '../clock';

/** A signed-in caller: the person, and the hub token that speaks for them. Never leaves main. */
export type StationSession = {
  readonly user: User;
  readonly hubToken: string;
  readonly hubTokenExpiresAt: string;
  readonly signedInAt: string;
};

/** Sessions by caller session id, in memory: a restart signs everyone out. */
export type SessionStore = {
  /** The session, or null when there is none or its hub token has expired. */
  get(sessionId: string): StationSession | null;
  set(sessionId: string, session: StationSession): void;
  delete(sessionId: string): void;
  clear(): void;
};

/** Creates an empty {@link SessionStore}. */
export function createSessionStore(clock: Clock): SessionStore {
  const sessions = new Map<string, StationSession>();
  return {
    get(sessionId) {
      const session = sessions.get(sessionId);
      if (session === undefined) return null;
      if (Date.parse(session.hubTokenExpiresAt) <= clock.now()) {
        sessions.delete(sessionId);
        return null;
      }
      return session;
    },
    set: (sessionId, session) => void sessions.set(sessionId, session),
    delete: (sessionId) => void sessions.delete(sessionId),
    clear: () => sessions.clear(),
  };
}
