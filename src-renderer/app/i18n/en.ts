/**
 * English texts. This file is the source of the keys: the Chinese file must have exactly the same
 * shape (the compiler checks it, and a unit test compares the two at run time).
 */
export const en = {
  app: {
    name: 'Packline',
    loading: 'Starting…',
    retry: 'Try again',
    loadFailed: 'The station could not be read: {{message}}',
  },
  language: {
    label: 'Language',
    en: 'English',
    'zh-CN': '简体中文',
  },
  link: {
    unreachable: 'Station service unreachable',
    unreachableHint:
      'The Packline service on this computer is not answering. Retrying by itself; what is on screen may be out of date.',
  },
  hub: {
    pill: {
      online: 'Hub online',
      connecting: 'Hub connecting…',
      offline: 'Hub offline',
      unknown: 'Hub: checking…',
    },
    lastKnown: 'Last known: {{state}}',
    state: {
      online: 'Online',
      connecting: 'Connecting…',
      offline: 'Offline',
    },
  },
  signIn: {
    title: 'Sign in',
    subtitle: 'Pack station and back office',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    hubOfflineHint: 'The hub is not reachable right now, so sign-in cannot be checked.',
    error: {
      missing: 'Enter your username and password.',
      unauthorized: 'Wrong username or password. Check both and try again.',
      unavailable: 'The hub cannot be reached, so sign-in cannot be checked. Wait until the hub is online.',
      stationUnreachable:
        'The station service on this computer is not answering. Wait a moment and try again.',
      other: 'Sign-in failed: {{message}}',
    },
  },
  shell: {
    navigation: 'Screens',
    shortcuts: 'Keys: F1–F{{last}} or Alt+1–{{last}}',
    signOut: 'Sign out',
    signOutFailed: 'Sign-out failed: {{message}}',
    stationName: 'Station {{name}}',
  },
  roles: {
    packer: 'Packer',
    clerk: 'Clerk',
    supervisor: 'Supervisor',
    admin: 'Admin',
  },
  screens: {
    pack: 'Pack',
    orders: 'Orders',
    approvals: 'Approvals',
    admin: 'Admin',
    station: 'Station',
  },
  placeholder: {
    later: 'This screen arrives in a later release of Packline.',
  },
  station: {
    summary: '{{name}} · version {{version}} · {{mode}}',
    mode: {
      electron: 'desktop app',
      browser: 'browser',
    },
    loading: 'Reading the station…',
    none: '—',
    hub: {
      title: 'Hub connection',
      url: 'Hub address',
      kind: 'Hub type',
      embedded: 'Embedded, on this computer',
      separate: 'Separate hub server',
      rtt: 'Round-trip time',
      ms: '{{value}} ms',
      clockOffset: 'Clock offset from hub',
      clockOffsetWarning: 'more than 30 s: check this computer’s clock',
      lastContact: 'Last contact',
      secondsAgo: '{{time}} ({{seconds}} s ago)',
      version: 'Hub version',
      engine: 'Hub database',
      engines: {
        pglite: 'PGlite (embedded PostgreSQL)',
        postgres: 'PostgreSQL',
      },
      lastError: 'Last error',
      noError: 'None',
    },
    user: {
      title: 'Signed-in user',
      name: 'Name',
      username: 'Username',
      role: 'Role',
      warehouse: 'Warehouse',
      noWarehouse: 'Not assigned',
    },
    db: {
      title: 'Local database',
      state: 'State',
      states: {
        ok: 'OK',
        recovered: 'Recovered',
        error: 'Error',
      },
      path: 'File',
      size: 'Size',
      integrity: 'Integrity check',
      sqlite: 'SQLite version',
      openedAt: 'Opened at',
      banner: {
        recoveredTitle: 'The local database was damaged and has been recovered',
        restoredBackup: 'Restored from backup {{file}} at {{time}}.',
        startedEmpty:
          'No usable backup was found: the station started with an empty database at {{time}} and will download everything again from the hub.',
        reason: 'Cause: {{reason}}',
        keptAs: 'The damaged file was kept as {{file}} for support.',
        resyncTitle: 'Waiting to download everything from the hub',
        resync: 'This station’s database started empty; it will download everything again from the hub.',
        errorTitle: 'The local database cannot be used',
        errorHint: 'Sign-in, the hub connection and the devices still work.',
      },
    },
    devices: {
      title: 'Devices',
      loading: 'Reading devices…',
      empty: 'No scanner or printer is set up on this station.',
      kind: 'Kind',
      name: 'Name',
      transport: 'Connection',
      state: 'State',
      kinds: {
        scanner: 'Scanner',
        printer: 'Printer',
      },
      transports: {
        simulated: 'simulated',
        keyboard: 'keyboard',
        usb: 'USB',
        tcp: 'network (TCP)',
        spooler: 'system printer',
        file: 'file',
      },
      states: {
        connected: 'Connected',
        disconnected: 'Disconnected',
        ready: 'Ready',
        offline: 'Offline',
        paper_out: 'Paper out',
        head_open: 'Head open',
      },
    },
  },
} as const;

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The shape every language's texts must have: the keys of {@link en}, any wording. */
export type Messages = Texts<typeof en>;
