import type { Migration } from './migration';

/**
 * Wrong-password counts move from each hub's memory into the database, so hubs sharing one
 * PostgreSQL count together and a restart forgets nothing. One row per key: a person at an
 * address (`pair:`) or an address alone (`address:`).
 */
export const signInTallies: Migration = {
  version: 6,
  name: 'sign-in-tallies',
  statements: [
    `create table sign_in_tallies (
       key text primary key,
       window_started_at timestamptz not null,
       attempts integer not null constraint sign_in_tallies_attempts_check check (attempts >= 0),
       blocked_until timestamptz
     )`,
  ],
};
