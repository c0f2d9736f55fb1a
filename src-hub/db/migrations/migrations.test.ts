import { describe, expect, it } from 'vitest';
import { assertSequential, migrateHubDatabase } from '../migrate';
import { openPgliteDatabase } from '../pglite.driver';
import { hubMigrations } from '.';

describe('hubMigrations', () => {
  it('are numbered 1, 2, 3, … without gaps', () => {
    expect(() => assertSequential(hubMigrations)).not.toThrow();
    expect(hubMigrations.map((migration) => migration.version)).toEqual(
      hubMigrations.map((_, index) => index + 1),
    );
  });

  it('hold one statement per entry, so both drivers can run them', () => {
    // A function body between $$ quotes is part of its one statement, semicolons and all.
    const statements = hubMigrations.flatMap((migration) =>
      migration.statements.map((statement) => statement.replace(/\$\$[\s\S]*?\$\$/g, '$$$$')),
    );

    expect(statements.filter((statement) => statement.trim().replace(/;$/, '').includes(';'))).toEqual([]);
  });

  it('refuse a list with a gap', () => {
    const gap = [
      { version: 1, name: 'first', statements: [] },
      { version: 3, name: 'third', statements: [] },
    ];

    expect(() => assertSequential(gap)).toThrow('Migration "third" has version 3, expected 2');
  });
});

describe('migration 4, bench sign-in', () => {
  it('moves existing people into the change order and keeps each badge unique and with its PIN', async () => {
    const database = await openPgliteDatabase('memory://');
    try {
      await migrateHubDatabase(database, hubMigrations.slice(0, 3));
      await database.query(
        "insert into users (id, username, display_name, password_hash, role) values ('u1', 'packer', 'P', 'x', 'packer')",
      );
      await migrateHubDatabase(database);
      const positionOf = async () =>
        (
          await database.query<{ badge: string | null; seq: string }>(
            "select badge_code as badge, change_seq::text as seq from users where id = 'u1'",
          )
        )[0];
      const migrated = await positionOf();
      await database.query(
        "update users set badge_code = 'BADGE-1001', pin_hash = 'scrypt$…' where id = 'u1'",
      );
      const badged = await positionOf();
      const insertUser = (id: string, badge: string | null, pinHash: string | null) =>
        database.query(
          `insert into users (id, username, display_name, password_hash, role, badge_code, pin_hash)
           values ($1, $1, 'Q', 'x', 'packer', $2, $3)`,
          [id, badge, pinHash],
        );

      expect(migrated).toEqual({ badge: null, seq: expect.stringMatching(/^\d+$/) as string });
      expect(badged?.badge).toBe('BADGE-1001');
      expect(Number(badged?.seq)).toBeGreaterThan(Number(migrated?.seq));
      await expect(insertUser('u2', 'BADGE-1001', 'scrypt$…')).rejects.toThrow(/users_badge_code_key/);
      await expect(insertUser('u3', 'BADGE-1003', null)).rejects.toThrow(/users_badge_pin_check/);
      await expect(insertUser('u4', null, 'scrypt$…')).rejects.toThrow(/users_badge_pin_check/);
      await insertUser('u5', null, null);
    } finally {
      await database.close();
    }
    // PGlite takes seconds to start on a busy machine.
  }, 60_000);
});
