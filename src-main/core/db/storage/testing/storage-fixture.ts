import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRevision,
  fillWithDefaultSettings,
  now,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
} from 'rxdb';
import { getRxStorageSqlite } from '../sqlite-storage';
import type { SqliteStorageOptions } from '../sqlite-storage.types';

/** An order-like document the storage tests write. */
export type TestOrder = {
  id: string;
  status: string;
  totalFen: number;
  buyerName?: string;
};

export type TestInstance<T = TestOrder> = RxStorageInstance<T, unknown, unknown, RxStorageDefaultCheckpoint>;

/** The schema the tests use, filled with RxDB's defaults as RxDB does before calling a storage. */
export function testOrderSchema(withAttachments = false): RxJsonSchema<RxDocumentData<TestOrder>> {
  return fillWithDefaultSettings<TestOrder>({
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 40 },
      status: { type: 'string', maxLength: 20 },
      totalFen: { type: 'integer', minimum: 0, maximum: 1_000_000_000, multipleOf: 1 },
      buyerName: { type: 'string' },
    },
    required: ['id', 'status', 'totalFen'],
    indexes: ['status', ['status', 'totalFen']],
    ...(withAttachments ? { attachments: {} } : {}),
  });
}

/**
 * A throw-away folder with a storage over it. `open` creates instances that `dispose` closes
 * (those not closed by the test) before the folder is deleted.
 */
export type StorageFixture = {
  readonly directory: string;
  readonly storage: RxStorage<unknown, unknown>;
  readonly token: string;
  open<T = TestOrder>(options?: {
    databaseName?: string;
    collectionName?: string;
    schema?: RxJsonSchema<RxDocumentData<T>>;
  }): Promise<TestInstance<T>>;
  dispose(): Promise<void>;
};

export function createStorageFixture(options: Partial<SqliteStorageOptions> = {}): StorageFixture {
  const directory = mkdtempSync(join(tmpdir(), 'packline-storage-'));
  const storage = getRxStorageSqlite({ directory, ...options }) as RxStorage<unknown, unknown>;
  const opened: TestInstance<unknown>[] = [];
  const token = 'test-token';
  return {
    directory,
    storage,
    token,
    async open<T = TestOrder>(
      opts: { databaseName?: string; collectionName?: string; schema?: RxJsonSchema<RxDocumentData<T>> } = {},
    ) {
      const instance = (await storage.createStorageInstance<T>({
        databaseInstanceToken: token,
        databaseName: opts.databaseName ?? 'station',
        collectionName: opts.collectionName ?? 'orders',
        // The default schema is for TestOrder; callers with another T pass their own.
        schema: opts.schema ?? (testOrderSchema() as unknown as RxJsonSchema<RxDocumentData<T>>),
        options: {},
        multiInstance: false,
        devMode: true,
      })) as TestInstance<T>;
      opened.push(instance as TestInstance<unknown>);
      return instance;
    },
    async dispose() {
      for (const instance of opened) await instance.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A stored document as RxDB writes it: a new revision and a fresh last-write time. */
export function toStored<T>(
  data: T,
  previous?: RxDocumentData<T>,
  patch: { deleted?: boolean; lwt?: number; attachments?: RxDocumentData<T>['_attachments'] } = {},
): RxDocumentData<T> {
  const base = {
    ...data,
    _deleted: patch.deleted ?? false,
    _attachments: patch.attachments ?? {},
    _meta: { lwt: patch.lwt ?? now() },
    _rev: '',
  } as RxDocumentData<T>;
  base._rev = createRevision('test-token', previous);
  return base;
}
