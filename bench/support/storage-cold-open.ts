// Child process of the `storage` benchmark: opens an existing database through RxDB on the SQLite
// storage with the station's `orders` collection, answers one query, and reports how long that took
// and the process's memory after it.
import { addRxPlugin, createRxDatabase, type RxCollection } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { type OrderDoc, stationCollections } from '../../src-shared/db';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';

const [directory, databaseName] = process.argv.slice(2);
if (!directory || !databaseName) throw new Error('usage: storage-cold-open.ts <directory> <databaseName>');

// A collection above schema version 0 needs the migration plugin, as in the station.
addRxPlugin(RxDBMigrationSchemaPlugin);

const started = performance.now();
const db = await createRxDatabase<{ orders: RxCollection<OrderDoc> }>({
  name: databaseName,
  storage: getRxStorageSqlite({ directory }),
  multiInstance: false,
});
const { schema, migrationStrategies } = stationCollections.orders;
await db.addCollections({ orders: { schema, migrationStrategies } });
const first = await db.orders
  .find({ selector: { warehouseId: 'wh-sh-01', status: 'packed' }, limit: 50 })
  .exec();
const openMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 2 ** 20;
await db.close();
process.stdout.write(`${JSON.stringify({ openMs, rssMb, found: first.length })}\n`);
