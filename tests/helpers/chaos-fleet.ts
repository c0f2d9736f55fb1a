import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role, Session, User } from '../../src-shared/features/auth';
import { stationCredentials } from './chaos-hub';
import { type ChaosProxy, startChaosProxy } from './chaos-proxy';
import { startStationCore, type TestStationCore } from './station-sync';
import type { TestStation } from './sync-client';

/** A station of the run: who works there and what kind of work they do. */
export type ChaosStationSpec = {
  readonly name: string;
  /** A demo user; clerk and packer work in Shanghai, the supervisor in every warehouse. */
  readonly username: 'clerk' | 'packer' | 'supervisor';
  readonly work: 'desk' | 'bench';
};

/** A station core in its own process, reaching the hub only through its own proxy. */
export type ChaosStation = {
  readonly spec: ChaosStationSpec;
  readonly core: TestStationCore;
  readonly proxy: ChaosProxy;
  readonly stationId: string;
  /** Where the hub registered it (the warehouse of its first sign-in). */
  readonly warehouseId: string;
  /** The person signed in at its one window for the whole run. */
  readonly user: User;
  readonly role: Role;
  /** Its station token, for reading what the hub holds for it straight from the hub. */
  readonly credentials: TestStation;
};

/**
 * Starts one proxy and one station process per spec (all at once), signs each station's person in
 * — which registers the station — and waits until every station pulled everything.
 */
export async function startChaosFleet(
  hubPort: number,
  specs: readonly ChaosStationSpec[],
): Promise<ChaosStation[]> {
  const started: { proxy: ChaosProxy; core?: TestStationCore }[] = [];
  try {
    return await Promise.all(
      specs.map(async (spec) => {
        const entry: { proxy: ChaosProxy; core?: TestStationCore } = {
          proxy: await startChaosProxy(hubPort),
        };
        started.push(entry);
        entry.core = await startStationCore(spec.name, entry.proxy.url);
        return signIn(spec, entry.core, entry.proxy);
      }),
    );
  } catch (error) {
    await Promise.allSettled(started.map((entry) => disposeParts(entry.core, entry.proxy)));
    throw error;
  }
}

async function signIn(
  spec: ChaosStationSpec,
  core: TestStationCore,
  proxy: ChaosProxy,
): Promise<ChaosStation> {
  const session = await core.call<Session>('auth.signIn', { username: spec.username, password: 'packline' });
  await core.waitForSync({ state: 'idle', pendingCommands: 0 }, 120_000);
  const identity = await readJson<{ stationId: string }>(join(core.dataDir, 'station.json'));
  const sync = await readJson<{ stationToken: string; warehouseId: string }>(join(core.dataDir, 'sync.json'));
  return {
    spec,
    core,
    proxy,
    stationId: identity.stationId,
    warehouseId: sync.warehouseId,
    user: session.user,
    role: session.user.role,
    credentials: stationCredentials(identity.stationId, sync.stationToken, sync.warehouseId),
  };
}

/** Stops every station process (deleting its folder) and every proxy. */
export async function disposeChaosFleet(stations: readonly ChaosStation[]): Promise<void> {
  await Promise.allSettled(stations.map((station) => disposeParts(station.core, station.proxy)));
}

async function disposeParts(core: TestStationCore | undefined, proxy: ChaosProxy): Promise<void> {
  await core?.dispose();
  await proxy.close();
}

async function readJson<T>(path: string): Promise<T> {
  // The station wrote these files itself; T names the fields the test reads from them.
  return JSON.parse(await readFile(path, 'utf8')) as T;
}
