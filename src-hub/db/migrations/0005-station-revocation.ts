import type { Migration } from './migration';

/**
 * A lost or stolen station can be revoked: its token stops working at once (the hash is dropped),
 * and the directory shows when and by whom. Registering it again with a person's password clears
 * both.
 */
export const stationRevocation: Migration = {
  version: 5,
  name: 'station-revocation',
  statements: [
    'alter table stations add column revoked_at timestamptz',
    'alter table stations add column revoked_by text references users (id)',
  ],
};
