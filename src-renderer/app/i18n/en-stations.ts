/** English texts of the hub's station directory on the Admin screen, part of `en.ts`. */
export const enStations = {
  title: 'Stations of the hub',
  hint: 'Every station registered with the hub. Revoke one that was lost or stolen: it stops syncing at once.',
  loading: 'Asking the hub for its stations…',
  empty: 'No station is registered yet.',
  refresh: 'Refresh',
  columns: {
    station: 'Station',
    warehouse: 'Warehouse',
    lastSeen: 'Last seen',
    clock: 'Clock',
    state: 'State',
  },
  thisStation: 'this station',
  connected: 'connected now',
  never: 'never',
  clockUnknown: '—',
  clockOk: 'ok, {{offset}}',
  clockAlert: 'check: {{offset}}',
  clockInStep: 'in step',
  clockAhead: '{{seconds}} s ahead',
  clockBehind: '{{seconds}} s behind',
  active: 'Syncing allowed',
  revoked: 'Revoked {{at}}',
  revoke: 'Revoke…',
  revokeConfirm:
    'Revoke {{name}}? It stops syncing at once and keeps its unsent work; someone must sign in there with a password to connect it again.',
  revokeNow: 'Revoke',
  keep: 'Keep it',
  errors: {
    needsPassword:
      'Sign in with your password to manage the stations: a badge sign-in does not reach the hub.',
    forbidden: 'Only admins and supervisors may manage the stations.',
    unreachable: 'The hub cannot be reached. The directory needs the hub; try again when it is back.',
    notFound: 'The hub does not know that station (any more).',
    failed: 'Not done: {{message}}',
  },
};
