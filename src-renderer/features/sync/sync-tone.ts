import { unreachable } from '../../../src-shared/errors';
import type { SyncState } from '../../../src-shared/features/sync';

/** How a sync state looks: the pill's colour class. */
export type SyncTone = 'good' | 'busy' | 'warn' | 'bad';

/**
 * Green when up to date, blue while working, amber offline (the station keeps working, but
 * changes wait), red only for an error that retrying will not fix.
 */
export function syncTone(state: SyncState['state']): SyncTone {
  switch (state) {
    case 'idle':
      return 'good';
    case 'syncing':
    case 'connecting':
      return 'busy';
    case 'offline':
      return 'warn';
    case 'error':
      return 'bad';
  }
  return unreachable(state);
}
