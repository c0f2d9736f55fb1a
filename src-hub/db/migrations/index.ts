import { foundation } from './0001-foundation';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, oldest first. Append only. */
export const hubMigrations: readonly Migration[] = [foundation];
