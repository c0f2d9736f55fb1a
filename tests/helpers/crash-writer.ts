// A child process for the crash test: opens a database file the way the station does and writes in
// a loop, printing `ack <first>-<last>` on standard output only after each transaction committed.
// The test kills it with SIGKILL at random moments; every acknowledged id must survive.
//
// Usage: node --import tsx tests/helpers/crash-writer.ts <database file> <backup folder>
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createSystemClock } from '../../src-main/core/clock';
import { openDatabaseFile } from '../../src-main/core/db/file';
import { createLogger } from '../../src-main/core/logging';

const [path, backupDir] = process.argv.slice(2);
if (path === undefined || backupDir === undefined) throw new Error('usage: crash-writer <db> <backups>');

// Standard output through writeSync: the line is in the pipe before the next write starts.
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const db = openDatabaseFile({
  path,
  backupDir,
  clock: createSystemClock(),
  logger: createLogger('crash-writer', { level: 'silent' }),
  onRecovery: (event) => say(`recovery ${JSON.stringify(event)}`),
});
db.exec('CREATE TABLE IF NOT EXISTS writes (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)');
const insert = db.prepare('INSERT INTO writes (id, payload) VALUES (?, ?)');
const rewrite = db.prepare('UPDATE writes SET payload = ? WHERE id = ?');
const lastId = (db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM writes').get() as { id: number }).id;
say('ready');

// Batches of mixed size, with rewrites of old rows, so kills land in small commits, big commits,
// page splits and WAL checkpoints alike.
const writeBatch = db.transaction((first: number, count: number) => {
  for (let id = first; id < first + count; id += 1)
    insert.run(id, randomBytes(64 + Math.floor(Math.random() * 1500)));
  if (first > 1) rewrite.run(randomBytes(200), 1 + Math.floor(Math.random() * (first - 1)));
});

const deadline = Date.now() + 30_000;
let next = lastId + 1;
while (Date.now() < deadline) {
  const count =
    Math.random() < 0.1 ? 200 + Math.floor(Math.random() * 800) : 1 + Math.floor(Math.random() * 20);
  writeBatch(next, count);
  say(`ack ${next}-${next + count - 1}`);
  next += count;
}
db.close();
