import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../db';
import { migrateHubDatabase } from '../../db/migrate';
import { openPgliteDatabase } from '../../db/pglite.driver';
import { createLogger } from '../../logging';
import { createAuthRepo } from './auth.repo';
import { type AuthService, createAuthService, expiredSessionKeepMs } from './auth.service';
import { hashPassword } from './password-hash';
import { sessionLifetimeMs } from './session-token';
import { createSignInTalliesRepo } from './sign-in-tallies.repo';

const hour = 60 * 60 * 1000;

describe('the auth service over time', () => {
  let database: HubDatabase;
  let now = Date.parse('2026-12-01T06:00:00.000Z');
  let auth: AuthService;

  beforeAll(async () => {
    database = await openPgliteDatabase('memory://');
    await migrateHubDatabase(database);
    await database.query(
      "insert into users (id, username, display_name, password_hash, role) values ('u1', 'clerk', 'Clerk', $1, 'clerk')",
      [await hashPassword('packline', { cost: 2 ** 10, blockSize: 8, parallelization: 1 })],
    );
    auth = await createAuthService({
      repo: createAuthRepo(database.orm),
      tallies: createSignInTalliesRepo(database),
      clock: { now: () => now },
      logger: createLogger('test', { level: 'silent' }),
    });
  });

  afterAll(async () => {
    await database?.close();
  });

  const sessionCount = async () =>
    (await database.query<{ n: number }>('select count(*)::int as n from sessions'))[0]?.n;

  it('keeps an expired session a week for the record, then deletes it at a later sign-in', async () => {
    const first = await auth.signIn({ username: 'clerk', password: 'packline', clientAddress: '10.0.0.5' });
    now += sessionLifetimeMs + expiredSessionKeepMs - hour;
    await auth.signIn({ username: 'clerk', password: 'packline', clientAddress: '10.0.0.5' });
    const withinTheWeek = await sessionCount();
    now += 2 * hour;
    await auth.signIn({ username: 'clerk', password: 'packline', clientAddress: '10.0.0.5' });
    const afterTheWeek = await sessionCount();
    const oldTokenAnswer = await auth
      .userForAuthorization(`Bearer ${first.token}`)
      .catch((error: Error) => error.message);

    expect({ withinTheWeek, afterTheWeek, oldTokenAnswer }).toEqual({
      withinTheWeek: 2,
      afterTheWeek: 2,
      oldTokenAnswer: 'Not signed in, or the session has ended — sign in again',
    });
  });
});
