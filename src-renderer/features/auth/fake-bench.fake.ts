import { type ChannelName, type Envelope, fail, ok } from '../../../src-shared/bridge';
import {
  type BenchSignInResult,
  type Role,
  roles,
  type Session,
  type SignInOptions,
} from '../../../src-shared/features/auth';
import { createFakeStation, type FakeStation, fakePassword } from '../../app/bridge/fake-station.fake';

/** A person with a badge at the fake bench. */
type BenchPerson = {
  readonly role: Role;
  readonly displayName: string;
  readonly badge: string;
  readonly pin: string;
};

/** The fake bench's people with badges; every role signs in with the fake password, as in the fake station. */
export const benchPeople: readonly BenchPerson[] = [
  { role: 'packer', displayName: '张师傅', badge: 'BADGE-1001', pin: '1234' },
  { role: 'supervisor', displayName: '王主管', badge: 'BADGE-1002', pin: '5678' },
];

/**
 * A fake station whose auth channels behave as a pack bench's: badge + PIN with a wrong-PIN count,
 * lock and unlock, password sign-in for the role-named users. The fake station's data channels
 * answer as for a signed-in person, whoever is signed in here.
 */
export function createFakeBench(options: Partial<SignInOptions> = {}): FakeStation {
  const station = createFakeStation({ signedIn: 'packer' });
  const signInOptions: SignInOptions = {
    defaultMethod: 'badge',
    hasBadges: true,
    idleLockMs: null,
    ...options,
  };
  let session: Session | null = null;
  let wrongPins = 0;

  function sessionOf(person: { role: Role; displayName: string }, method: Session['method']): Session {
    return {
      user: {
        id: `u-${person.role}`,
        username: person.role,
        displayName: person.displayName,
        role: person.role,
        warehouseId: null,
      },
      signedInAt: '2026-12-02T08:30:00.000Z',
      method,
      isLocked: false,
      hasPin: benchPeople.some((candidate) => candidate.role === person.role),
    };
  }

  function checkPin(person: BenchPerson | undefined, pin: string): BenchSignInResult {
    if (person === undefined)
      return { status: 'refused', reason: 'unknownBadge', attemptsLeft: null, lockedUntil: null };
    if (person.pin !== pin) {
      wrongPins += 1;
      return { status: 'refused', reason: 'wrongPin', attemptsLeft: 5 - wrongPins, lockedUntil: null };
    }
    wrongPins = 0;
    session = sessionOf(person, 'badge');
    return { status: 'signedIn', session };
  }

  function signIn(input: unknown): Envelope<unknown> {
    const { username, password } = input as { username: string; password: string }; // Credentials
    const role = roles.find((candidate) => candidate === username);
    if (role === undefined || password !== fakePassword)
      return fail('unauthorized', 'Wrong username or password.');
    const person = benchPeople.find((candidate) => candidate.role === role);
    session = sessionOf({ role, displayName: person?.displayName ?? `Test ${role}` }, 'password');
    return ok(session);
  }

  function unlock(input: unknown): Envelope<unknown> {
    const { pin } = input as { pin: string }; // the channel's input shape
    if (session === null) return fail('unauthorized', 'Please sign in first.');
    const role = session.user.role;
    return ok(
      checkPin(
        benchPeople.find((candidate) => candidate.role === role),
        pin,
      ),
    );
  }

  const handlers: [ChannelName, (input: unknown) => Envelope<unknown>][] = [
    ['auth.signInOptions', () => ok(signInOptions)],
    ['auth.session', () => ok(session)],
    ['auth.signIn', signIn],
    ['auth.unlock', unlock],
    [
      'auth.signOut',
      () => {
        session = null;
        return ok({});
      },
    ],
    [
      'auth.badgeSignIn',
      (input) => {
        const { badge, pin } = input as { badge: string; pin: string }; // BadgeSignIn
        return ok(
          checkPin(
            benchPeople.find((candidate) => candidate.badge === badge),
            pin,
          ),
        );
      },
    ],
    [
      'auth.lock',
      () => {
        if (session === null) return fail('unauthorized', 'Please sign in first.');
        session = { ...session, isLocked: true };
        return ok(session);
      },
    ],
  ];
  for (const [channel, handler] of handlers) station.handle(channel, handler);
  return station;
}
