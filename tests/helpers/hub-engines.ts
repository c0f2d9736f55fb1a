import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { HubConfig } from '../../src-hub/config';
import type { DatabaseEngine } from '../../src-hub/db';
import { createLogger } from '../../src-hub/logging';
import { createTestDatabase } from './postgres';

/** Where one hub under test keeps its data: a temp folder, plus a fresh database on PostgreSQL. */
export type HubPlace = {
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  /** Deletes the folder and drops the database. Close the hub first. */
  dispose(): Promise<void>;
};

/** One engine the hub runs on, able to make fresh places for it. */
export type EngineUnderTest = {
  readonly name: DatabaseEngine;
  prepare(): Promise<HubPlace>;
};

/** A temp data folder that the caller deletes. */
export function makeTempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'packline-hub-'));
}

const pglite: EngineUnderTest = {
  name: 'pglite',
  prepare() {
    const dataDir = makeTempDataDir();
    const place: HubPlace = {
      dataDir,
      databaseUrl: null,
      dispose() {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
    return Promise.resolve(place);
  },
};

const postgres: EngineUnderTest = {
  name: 'postgres',
  async prepare() {
    const dataDir = makeTempDataDir();
    const database = await createTestDatabase(inject('postgresAdminUrl'));
    return {
      dataDir,
      databaseUrl: database.url,
      async dispose() {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** Every engine, for `describe.each(hubEngines)('… on $name', …)`. */
export const hubEngines: readonly EngineUnderTest[] = [pglite, postgres];

/** A hub configuration for tests: a free port on loopback, demo users, no log output. */
export function testHubConfig(
  place: Pick<HubPlace, 'dataDir' | 'databaseUrl'>,
  overrides: Partial<HubConfig> = {},
): HubConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: place.dataDir,
    isDataDirExplicit: true,
    databaseUrl: place.databaseUrl,
    demo: true,
    demoOrders: 10_000,
    logLevel: 'silent',
    ...overrides,
  };
}

/** A logger that writes nothing, for hubs and databases under test. */
export function silentLogger() {
  return createLogger('test', { level: 'silent' });
}
