import type { Migration } from './migration';

/** Warehouses, stations, users with roles, and sign-in sessions. */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  statements: [
    `create table warehouses (
      id text primary key,
      code text not null unique,
      name text not null,
      time_zone text not null
    )`,
    `create table stations (
      id text primary key,
      warehouse_id text not null references warehouses (id),
      name text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz,
      clock_offset_ms integer
    )`,
    `create table users (
      id text primary key,
      username text not null,
      display_name text not null,
      password_hash text not null,
      role text not null constraint users_role_check
        check (role in ('packer', 'clerk', 'supervisor', 'admin')),
      warehouse_id text references warehouses (id),
      is_active boolean not null default true,
      created_at timestamptz not null default now()
    )`,
    // Usernames are unique ignoring case: "Admin" and "admin" are one person at a scanner keyboard.
    'create unique index users_username_lower_key on users (lower(username))',
    `create table sessions (
      token_hash text primary key,
      user_id text not null references users (id) on delete cascade,
      station_id text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
    'create index sessions_user_id_idx on sessions (user_id)',
    'create index sessions_expires_at_idx on sessions (expires_at)',
  ],
};
