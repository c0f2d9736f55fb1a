import { foundation } from './0001-foundation';
import { sync } from './0002-sync';
import { packBench } from './0003-pack-bench';
import { benchSignIn } from './0004-bench-sign-in';
import { stationRevocation } from './0005-station-revocation';
import { signInTallies } from './0006-sign-in-tallies';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, oldest first. Append only. */
export const hubMigrations: readonly Migration[] = [
  foundation,
  sync,
  packBench,
  benchSignIn,
  stationRevocation,
  signInTallies,
];
