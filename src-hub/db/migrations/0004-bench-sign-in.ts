import type { Migration } from './migration';

/**
 * Badge + PIN sign-in at pack benches (docs/adr/0010-bench-sign-in.md): users get a badge and the
 * scrypt hash of a PIN, and become a pulled table, so a station can check a badge and PIN offline.
 *
 * The change columns get defaults besides the trigger of migration 0002: users are inserted through
 * the ORM, which must know the columns fill themselves; the defaults also give every existing user a
 * change position here. The trigger still sets both on every insert and update.
 */
export const benchSignIn: Migration = {
  version: 4,
  name: 'bench-sign-in',
  statements: [
    'alter table users add column badge_code text',
    'alter table users add column pin_hash text',
    'alter table users add column updated_at timestamptz not null default now()',
    'alter table users add column change_txid xid8 not null default pg_current_xact_id()',
    "alter table users add column change_seq bigint not null default nextval('change_seq')",
    // A badge without a PIN would let whoever finds it sign in; a PIN without a badge is useless.
    `alter table users add constraint users_badge_pin_check
      check ((badge_code is null) = (pin_hash is null))`,
    'create unique index users_badge_code_key on users (badge_code) where badge_code is not null',
    `create trigger users_change_position before insert or update on users
      for each row execute function set_change_position()`,
    // Every station pulls the whole directory (people of other warehouses without their PINs).
    'create index users_change_idx on users (change_txid, change_seq)',
  ],
};
