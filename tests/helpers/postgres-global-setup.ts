import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

// Starts one throw-away PostgreSQL cluster for the whole integration run. Tests get its admin URL
// through `inject('postgresAdminUrl')` and create a fresh database each (see ./postgres.ts).

declare module 'vitest' {
  // Augmenting vitest's ProvidedContext needs declaration merging, which only an interface does.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** Superuser URL of the throw-away cluster, e.g. `postgres://postgres@127.0.0.1:54321/postgres`. */
    postgresAdminUrl: string;
  }
}

const run = promisify(execFile);

/** Vitest globalSetup: start the cluster, provide its URL, and return the teardown. */
export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const binDir = findPostgresBinaries();
  const root = mkdtempSync(join(tmpdir(), 'packline-pg-'));
  const dataDir = join(root, 'data');
  const asUser = postgresUserIfRoot(root);
  const exec = (binary: string, args: string[]) => {
    const file = join(binDir, binary);
    return asUser === null ? run(file, args) : run('runuser', ['-u', asUser.name, '--', file, ...args]);
  };

  try {
    await exec('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-k ${root}`,
      // Durability buys nothing for a cluster deleted after the run.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await exec('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(root, 'server.log'),
      '-o',
      serverOptions,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    project.provide('postgresAdminUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    try {
      await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}

/** The folder holding `initdb` and `pg_ctl`: PATH first, else Debian's highest installed version. */
function findPostgresBinaries(): string {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .find((dir) => dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (onPath !== undefined) return onPath;
  const debianRoot = '/usr/lib/postgresql';
  const versions = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((name) => /^\d+$/.test(name) && existsSync(join(debianRoot, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin — ' +
        "install Debian's postgresql package (apt-get install -y postgresql)",
    );
  }
  return join(debianRoot, newest, 'bin');
}

/** initdb refuses to run as root: hand the folder to the `postgres` user and run as that user. */
function postgresUserIfRoot(root: string): { name: string } | null {
  if (process.getuid?.() !== 0) return null;
  const postgres = { name: 'postgres' };
  const ids = lookUpIds(postgres.name);
  chownSync(root, ids.uid, ids.gid);
  return postgres;
}

function lookUpIds(name: string): { uid: number; gid: number } {
  // node:os has no getpwnam; /etc/passwd is the portable source on Linux.
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const fields = line?.split(':');
  if (fields === undefined || fields.length < 4) {
    throw new Error(`Running as ${userInfo().username}, but there is no "${name}" user to run PostgreSQL as`);
  }
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** A port that was free a moment ago; PostgreSQL fails loudly in the rare case it is taken. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
