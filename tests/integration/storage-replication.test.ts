// RxDB's own replication test suite, run with Packline's SQLite storage on both ends: the clients
// the suite creates and the "server" they replicate with (a collection behind RxDB's
// storage-instance replication handler, as in RxDB's own tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addRxPlugin,
  createRxDatabase,
  normalizeMangoQuery,
  prepareQuery,
  randomToken,
  type ReplicationPushHandler,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { fillWriteDataForAttachmentsChange, RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import {
  getPullHandler,
  getPullStream,
  getPushHandler,
  type HumanDocumentType,
  runReplicationBaseTestSuite,
  schemas,
  setConfig,
} from 'rxdb/plugins/test-utils';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterAll, describe, it } from 'vitest';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';

// The suite is written for mocha and calls describe/it as globals.
Object.assign(globalThis, { describe, it });
// Dev mode: the suite's collections use ignoreDuplicate, and dev mode checks every write and query.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
addRxPlugin(RxDBAttachmentsPlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);

const directory = mkdtempSync(join(tmpdir(), 'packline-storage-replication-'));
// Dev mode insists on a schema validator around the storage; it passes every call through to ours.
const storage = wrappedValidateAjvStorage({ storage: getRxStorageSqlite({ directory }) }) as RxStorage<
  unknown,
  unknown
>;
setConfig({
  storage: {
    name: 'packline-sqlite',
    getStorage: () => storage,
    getPerformanceStorage: () => ({ storage, description: 'packline-sqlite' }),
    hasPersistence: true,
    hasMultiInstance: false,
    hasAttachments: true,
    hasReplication: true,
  },
});

type Humans = RxCollection<HumanDocumentType>;
type Server = { db: RxDatabase; humans: Humans; humansWithFiles: Humans };
let server: Server | undefined;

async function freshServer(): Promise<Server> {
  await server?.db.close();
  const db = await createRxDatabase({ name: `server${randomToken(8)}`, storage, multiInstance: false });
  const collections = await db.addCollections({
    humans: { schema: schemas.human },
    humanswithfiles: { schema: { ...schemas.human, attachments: {} } },
  });
  // addCollections types its result by the schemas it was given: both hold HumanDocumentType.
  server = {
    db,
    humans: collections.humans as Humans,
    humansWithFiles: collections.humanswithfiles as Humans,
  };
  return server;
}

function currentServer(): Server {
  if (!server) throw new Error('cleanUpServer() runs first in every test of the suite');
  return server;
}

function replicate(collection: Humans, remote: Humans, live: boolean) {
  return replicateRxCollection({
    collection,
    // Stable per client and server, as in the app: later runs resume from the stored checkpoint.
    replicationIdentifier: `packline-${remote.database.name}-${remote.name}`,
    live,
    waitForLeadership: false,
    pull: { handler: getPullHandler(remote), stream$: getPullStream(remote) },
    push: { handler: pushHandler(remote) },
  });
}

/**
 * RxDB's storage-instance handler sends attachment data with pulled documents but not with the
 * master states it returns as conflicts; a server that stores attachments sends them with both,
 * or the client keeps a stub whose data it never received. Without this, the suite's
 * attachment-conflict test fails the same way on RxDB's own memory storage.
 */
function pushHandler(remote: Humans): ReplicationPushHandler<HumanDocumentType> {
  const push = getPushHandler(remote);
  return async (rows) => {
    const conflicts = await push(rows);
    if (!remote.schema.jsonSchema.attachments) return conflicts;
    return Promise.all(
      conflicts.map((master) =>
        fillWriteDataForAttachmentsChange(
          remote.schema.primaryPath,
          remote.storageInstance,
          structuredClone(master),
        ),
      ),
    );
  };
}

async function syncOnce(collection: Humans, remote: Humans): Promise<void> {
  const state = replicate(collection, remote, false);
  await state.awaitInitialReplication();
  await state.cancel();
}

afterAll(async () => {
  await server?.db.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('RxDB replication base suite on the SQLite storage', () => {
  runReplicationBaseTestSuite({
    startReplication: (collection) => replicate(collection, currentServer().humans, true),
    syncOnce: (collection) => syncOnce(collection, currentServer().humans),
    syncOnceWithAttachments: (collection) => syncOnce(collection, currentServer().humansWithFiles),
    getAllServerDocs: async () => {
      const instance = currentServer().humans.storageInstance;
      const query = prepareQuery(instance.schema, normalizeMangoQuery(instance.schema, { selector: {} }));
      return (await instance.query(query)).documents;
    },
    cleanUpServer: async () => {
      await freshServer();
    },
    softDeletes: true,
    isDeleted: (doc: { _deleted: boolean }) => doc._deleted,
    getPrimaryOfServerDoc: (doc: { passportId: string }) => doc.passportId,
  });
});
