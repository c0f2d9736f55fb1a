// Child process of the `storage` benchmark: opens an existing database through RxDB on the SQLite
// storage, answers one query, and reports how long that took and the process's memory after it.
import { createRxDatabase, type RxCollection } from 'rxdb';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';
import { type BenchOrder, benchOrderJsonSchema } from './storage-orders';

const [directory, databaseName] = process.argv.slice(2);
if (!directory || !databaseName) throw new Error('usage: storage-cold-open.ts <directory> <databaseName>');

const started = performance.now();
const db = await createRxDatabase<{ orders: RxCollection<BenchOrder> }>({
  name: databaseName,
  storage: getRxStorageSqlite({ directory }),
  multiInstance: false,
});
await db.addCollections({ orders: { schema: benchOrderJsonSchema } });
const first = await db.orders
  .find({ selector: { warehouseId: 'WH03', status: 'packing' }, sort: [{ updatedAt: 'asc' }], limit: 50 })
  .exec();
const openMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 2 ** 20;
await db.close();
process.stdout.write(`${JSON.stringify({ openMs, rssMb, found: first.length })}\n`);
