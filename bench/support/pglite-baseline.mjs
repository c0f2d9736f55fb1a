// Baseline for the hub start-up benchmarks: PGlite alone opening (or creating) a data folder and
// answering one query, in a fresh process, as the hub does before its own work.
import { PGlite } from '@electric-sql/pglite';

const started = performance.now();
const db = await PGlite.create(process.argv[2]);
await db.query('select 1');
const elapsed = performance.now() - started;
await db.close();
process.stdout.write(`${JSON.stringify({ elapsedMs: elapsed })}\n`);
