import { type Envelope, fail, ok } from '../../../src-shared/bridge';
import type { Role, Session } from '../../../src-shared/features/auth';
import type { Device, DeviceSettings } from '../../../src-shared/features/devices';
import type { Order } from '../../../src-shared/domain';
import type { PackOrder } from '../../../src-shared/features/pack';
import type { HubConnection, LocalDbStatus, StationStatus } from '../../../src-shared/features/station';
import type { AttentionItem, SyncState } from '../../../src-shared/features/sync';
import { createFakeBridgeApi, type FakeBridgeApi } from './bridge-api.fake';
import { createFakeDeviceSettings, type FakeDeviceSettings } from './fake-devices.fake';
import { createFakeHubStations, type FakeHubStations } from './fake-hub-stations.fake';
import { createFakeOrderBook, type FakeOrderBook, fakeOrders, fakeWarehouseId } from './fake-orders.fake';
import { createFakePackBench, type FakePackBench } from './fake-pack.fake';
import { fakePackOrders } from './fake-pack-orders.fake';
import { idleSync } from './fake-sync.fake';

/** The password of every fake user. */
export const fakePassword = 'packline';

/** A hub link as a healthy embedded hub reports it. */
export function onlineHub(overrides: Partial<HubConnection> = {}): HubConnection {
  return {
    state: 'online',
    hubUrl: 'http://127.0.0.1:7411',
    isEmbedded: true,
    rttMs: 4,
    clockOffsetMs: 120,
    lastContactAt: '2025-03-01T08:00:00.000Z',
    hubVersion: '0.1.0',
    engine: 'pglite',
    lastError: null,
    ...overrides,
  };
}

/** A station database as a clean start reports it. */
export function healthyLocalDb(overrides: Partial<LocalDbStatus> = {}): LocalDbStatus {
  return {
    state: 'ok',
    path: 'station.sqlite',
    sizeBytes: 2048,
    integrity: 'ok',
    sqliteVersion: '3.50.4',
    openedAt: '2025-03-01T07:00:00.000Z',
    isResyncRequired: false,
    ...overrides,
  };
}

function statusWith(hub: HubConnection, localDb: LocalDbStatus): StationStatus {
  return {
    stationId: 'st-1',
    stationName: 'PACK-01',
    appVersion: '0.1.0',
    mode: 'browser',
    hub,
    localDb,
  };
}

function sessionOf(role: Role): Session {
  return {
    user: {
      id: `u-${role}`,
      username: role,
      displayName: `Test ${role}`,
      role,
      warehouseId: fakeWarehouseId,
    },
    signedInAt: '2025-03-01T08:00:00.000Z',
  };
}

/** A station behind a fake bridge: users named after their role sign in with {@link fakePassword}. */
export type FakeStation = FakeBridgeApi & {
  /** Sets what the next `station.status` read answers for the hub. */
  setHub(hub: HubConnection): void;
  /** The station's orders and its queue of commands for the hub. */
  readonly orderBook: FakeOrderBook;
  /** Changes the replication loop's state and pushes the `sync.state` event, as main does. */
  setSync(patch: Partial<SyncState>): void;
  /** Sets the rejected commands `attention.list` answers (the count follows in `sync.state`). */
  setAttention(items: AttentionItem[]): void;
  /** The pack bench: its orders, printer and hold list. */
  readonly pack: FakePackBench;
  /** The device settings: printers, assignments, scanner timing. */
  readonly deviceSettings: FakeDeviceSettings;
  /** The hub's station directory (admins and supervisors, while the hub is online). */
  readonly hubStations: FakeHubStations;
};

/** Builds a {@link FakeStation}; `signedIn` starts it with a session (a reload after sign-in). */
export function createFakeStation(
  options: {
    signedIn?: Role;
    hub?: HubConnection;
    localDb?: LocalDbStatus;
    devices?: Device[];
    orders?: Order[];
    sync?: SyncState;
    attention?: AttentionItem[];
    packOrders?: PackOrder[];
    holdsCheckedAt?: string | null;
    deviceSettings?: DeviceSettings;
  } = {},
): FakeStation {
  let session: Session | null = options.signedIn ? sessionOf(options.signedIn) : null;
  let hub = options.hub ?? onlineHub();
  const localDb = options.localDb ?? healthyLocalDb();
  const devices = options.devices ?? [
    {
      id: 'scanner-1',
      kind: 'scanner',
      name: 'Fake scanner',
      transport: 'simulated',
      state: 'connected',
      address: null,
    },
    {
      id: 'printer-1',
      kind: 'printer',
      name: 'Fake label printer',
      transport: 'simulated',
      state: 'ready',
      address: null,
    },
  ];
  const signedInOnly = (answer: () => Envelope<unknown>) => () =>
    session ? answer() : fail('unauthorized', 'Sign in first.');
  const orderBook = createFakeOrderBook(options.orders ?? fakeOrders(), () => session);
  let attention = options.attention ?? [];
  let sync = options.sync ?? idleSync({ needsAttention: attention.length });
  const pack = createFakePackBench({
    orders: options.packOrders ?? fakePackOrders(),
    holdsCheckedAt:
      options.holdsCheckedAt === undefined ? '2025-03-01T07:55:00.000Z' : options.holdsCheckedAt,
    sessionOf: () => session,
    onChanged: (collection) => api.emit('db.changed', { collection }),
  });
  const deviceSettings = createFakeDeviceSettings({
    sessionOf: () => session,
    emit: (event, payload) => api.emit(event, payload),
    ...(options.deviceSettings === undefined ? {} : { settings: options.deviceSettings }),
  });

  const hubStations = createFakeHubStations({
    sessionOf: () => session,
    isHubUp: () => hub.state === 'online',
    now: '2025-03-01T08:05:00.000Z',
  });

  const api = createFakeBridgeApi({
    'auth.session': () => ok(session),
    'auth.signIn': (input) => {
      const { username, password } = input as { username: string; password: string }; // the client sends Credentials
      const role = ['packer', 'clerk', 'supervisor', 'admin'].find((name) => name === username) as
        | Role
        | undefined;
      if (!role || password !== fakePassword) return fail('unauthorized', 'Wrong username or password.');
      session = sessionOf(role);
      return ok(session);
    },
    'auth.signOut': () => {
      session = null;
      return ok({});
    },
    'station.status': () => ok(statusWith(hub, localDb)),
    'devices.list': signedInOnly(() => ok(devices)),
    'orders.list': (input) => (session ? orderBook.list(input) : fail('unauthorized', 'Sign in first.')),
    'orders.get': (input) =>
      // The client sends the channel's input shape: `{ orderId }`.
      session
        ? orderBook.get((input as { orderId: string }).orderId)
        : fail('unauthorized', 'Sign in first.'),
    'commands.issue': (input) => {
      const answer = orderBook.issue(input);
      if (answer.ok) setSync({ pendingCommands: orderBook.pending.length, oldestPendingAt: oldestPending() });
      return answer;
    },
    'sync.state': () => ok(sync),
    'sync.now': signedInOnly(() => ok({})),
    'attention.list': signedInOnly(() => ok(attention)),
    'attention.dismiss': (input) => {
      const { commandId } = input as { commandId: string }; // the channel's input shape
      attention = attention.filter((item) => item.commandId !== commandId);
      setSync({ needsAttention: attention.length });
      return ok({});
    },
    ...pack.handlers,
    ...deviceSettings.handlers,
    ...hubStations.handlers,
  });

  function oldestPending(): string | null {
    return orderBook.pending.length > 0 ? (orderBook.pending[0]?.clientTime ?? null) : null;
  }

  function setSync(patch: Partial<SyncState>) {
    sync = { ...sync, ...patch };
    api.emit('sync.state', sync);
  }

  return Object.assign(api, {
    setHub(next: HubConnection) {
      hub = next;
    },
    orderBook,
    setSync,
    setAttention(items: AttentionItem[]) {
      attention = items;
    },
    pack,
    deviceSettings,
    hubStations,
  });
}
