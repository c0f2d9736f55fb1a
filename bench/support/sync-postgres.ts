// A throw-away PostgreSQL cluster for the `sync` benchmark. Unlike the test cluster it keeps the
// server's durability defaults (fsync, synchronous commit, full page writes): the numbers must be
// what a hub on a real server pays for every commit.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../tests/helpers/processes';

const run = promisify(execFile);

/** A running cluster: its superuser URL, fresh databases on it, and its teardown. */
export type BenchCluster = {
  readonly adminUrl: string;
  /** Creates an empty database and answers its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
};

/** Starts a cluster on a free loopback port, as the `postgres` user when this process is root. */
export async function startBenchCluster(): Promise<BenchCluster> {
  const binDir = findPostgresBinaries();
  const root = mkdtempSync(join(tmpdir(), 'packline-bench-pg-'));
  const dataDir = join(root, 'data');
  const asUser = postgresUserIfRoot(root);
  const exec = (binary: string, args: string[]) => {
    const file = join(binDir, binary);
    return asUser === null ? run(file, args) : run('runuser', ['-u', asUser, '--', file, ...args]);
  };
  try {
    await exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    const port = await freePort();
    // 50 benchmark clients plus the hub's own pool.
    const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${root}`, '-c max_connections=120'];
    await exec('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(root, 'server.log'),
      '-o',
      options.join(' '),
      '-w',
      'start',
    ]);
    const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    let databases = 0;
    return {
      adminUrl,
      async createDatabase() {
        databases += 1;
        const name = `packline_bench_${databases}`;
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        try {
          await admin.query(`create database ${name}`);
        } finally {
          await admin.end();
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        try {
          await exec('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** The folder holding `initdb` and `pg_ctl`: PATH first, else Debian's highest installed version. */
function findPostgresBinaries(): string {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .find((dir) => dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (onPath !== undefined) return onPath;
  const debianRoot = '/usr/lib/postgresql';
  const newest = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((name) => /^\d+$/.test(name) && existsSync(join(debianRoot, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (newest === undefined) {
    throw new Error("PostgreSQL server binaries not found: install Debian's postgresql package");
  }
  return join(debianRoot, newest, 'bin');
}

/** initdb refuses to run as root: hand the folder to `postgres` and run the binaries as that user. */
function postgresUserIfRoot(root: string): string | null {
  if (process.getuid?.() !== 0) return null;
  // node:os has no getpwnam; /etc/passwd is the portable source on Linux.
  const fields = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'))
    ?.split(':');
  if (fields === undefined || fields.length < 4) {
    throw new Error('Running as root, but there is no "postgres" user to run PostgreSQL as');
  }
  chownSync(root, Number(fields[2]), Number(fields[3]));
  return 'postgres';
}
