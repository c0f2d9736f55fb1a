import { describe, expect, it } from 'vitest';
import { assertSequential } from '../migrate';
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
