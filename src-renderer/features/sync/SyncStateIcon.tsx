import { unreachable } from '../../../src-shared/errors';
import type { SyncState } from '../../../src-shared/features/sync';

type SyncStateIconProps = { state: SyncState['state'] };

/** One line-drawn icon per state, so the pill reads without colour vision and in any font. */
export function SyncStateIcon({ state }: SyncStateIconProps) {
  return (
    <svg
      className={`sync-icon sync-icon--${state}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths(state)}
    </svg>
  );
}

function paths(state: SyncState['state']) {
  switch (state) {
    case 'idle':
      return <path d="M4 12.5l5 5L20 6.5" />;
    case 'syncing':
      return (
        <>
          <path d="M20 12a8 8 0 0 1-13.7 5.6" />
          <path d="M4 12a8 8 0 0 1 13.7-5.6" />
          <path d="M18 2.5v4.3h-4.3" />
          <path d="M6 21.5v-4.3h4.3" />
        </>
      );
    case 'connecting':
      return (
        <>
          <circle cx="5" cy="12" r="1.5" />
          <circle cx="12" cy="12" r="1.5" />
          <circle cx="19" cy="12" r="1.5" />
        </>
      );
    case 'offline':
      return (
        <>
          <path d="M2 8.5a15 15 0 0 1 20 0" />
          <path d="M5.5 12.5a10 10 0 0 1 13 0" />
          <path d="M9 16.5a5 5 0 0 1 6 0" />
          <path d="M3 3l18 18" />
        </>
      );
    case 'error':
      return (
        <>
          <path d="M12 3L2 21h20L12 3z" />
          <path d="M12 10v5" />
          <path d="M12 18.2v.1" />
        </>
      );
  }
  return unreachable(state);
}
