import { enBench } from './en-bench';
import { enDevices } from './en-devices';
import { enStations } from './en-stations';
import { enOrders } from './en-orders';
import { enPack } from './en-pack';

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
  sync: {
    label: 'Sync with the hub',
    state: {
      offline: 'Offline',
      connecting: 'Connecting…',
      syncing: 'Syncing…',
      idle: 'Synced',
      error: 'Sync error',
    },
    pending: '{{count}} pending · oldest {{age}}',
    age: {
      justNow: '<1 min',
      minutes: '{{value}} min',
      hours: '{{value}} h',
      days: '{{value}} d',
    },
    now: 'Sync now',
    nowFailed: 'Sync could not start: {{message}}',
    lastSynced: 'Last synced {{time}}',
    lastError: 'Last error: {{message}}',
    needsAttention: 'need attention',
    card: {
      title: 'Sync with the hub',
      state: 'State',
      pending: 'Waiting for the hub',
      nothingPending: 'Nothing: every change made here has reached the hub',
      lastSynced: 'Last fully synced',
      lastError: 'Last error',
      needsAttention: 'Refused by the hub',
      nothingRefused: 'Nothing',
      showRefused: 'Show {{count}} refused',
    },
  },
  attention: {
    title: 'Needs attention',
    intro:
      'The hub refused these changes, so they were not made. Check each order and act again if it is still needed.',
    empty: 'Nothing needs attention: the hub accepted every change made at this station.',
    loading: 'Reading refused changes…',
    close: 'Close',
    noOrder: 'no order',
    you: 'you',
    meta: 'By {{actor}} at {{issuedAt}} · refused {{rejectedAt}}',
    details: 'Details from the hub',
    dismiss: 'Dismiss',
    dismissFailed: 'Could not dismiss: {{message}}',
    reasons: {
      invalid_command: 'The change was not valid.',
      forbidden_role: 'Your role may not make this change.',
      wrong_warehouse: 'The order belongs to another warehouse.',
      order_not_found: 'The hub does not know this order.',
      order_held: 'The order is on hold.',
      order_cancelled: 'The order was cancelled meanwhile.',
      order_shipped: 'The order has already shipped.',
      wrong_status: 'The order’s status no longer allows this.',
      sku_not_in_order: 'The item is not part of this order.',
      over_scan: 'More items were scanned than ordered.',
      not_fully_scanned: 'Not every item was scanned.',
      label_missing: 'No shipping label was printed.',
      label_already_printed: 'The shipping label was already printed.',
      tracking_mismatch: 'The tracking number does not match the label.',
      hold_not_found: 'The hold had already been released.',
      insufficient_stock: 'Not enough stock.',
    },
  },
  commands: {
    itemScanned: 'Scan item',
    orderPacked: 'Pack order',
    labelPrinted: 'Print label',
    parcelShipped: 'Ship parcel',
    exceptionReported: 'Report exception',
    orderHeld: 'Hold order',
    orderReleased: 'Release hold',
    orderAddressEdited: 'Edit address',
    orderCancelled: 'Cancel order',
  },
  orders: enOrders,
  pack: enPack,
  bench: enBench,
  devices: enDevices,
  stations: enStations,
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
      rateLimited:
        'Too many wrong passwords from this station. Wait up to 5 minutes, then try again — or ask a supervisor.',
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
        paused: 'Paused',
        unknown: 'Not answering',
      },
    },
  },
} as const;

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The shape every language's texts must have: the keys of {@link en}, any wording. */
export type Messages = Texts<typeof en>;
