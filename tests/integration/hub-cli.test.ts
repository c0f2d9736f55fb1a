import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forkHubCli, runHubCli } from '../helpers/hub-cli';
import { makeTempDataDir } from '../helpers/hub-engines';

// The hub command line as an operator meets it, run from source as a real process. Every bad start
// must print exactly one line (no stack) on standard error and exit 2.

describe('hub command line', () => {
  const root = makeTempDataDir();

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a data folder that does not exist, without creating it', async () => {
    const missing = join(root, 'typo');

    const run = await runHubCli(['--data', missing]);

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `Data folder ${missing} does not exist — create it or choose another with --data\n`,
    });
  });

  it('refuses a data folder it cannot write to', async () => {
    const readOnly = join(root, 'read-only');
    mkdirSync(readOnly, { mode: 0o755 });
    chmodSync(root, 0o755);
    // Root may write anywhere, so as root the hub runs as `nobody`, who may not write here.
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) chmodSync(readOnly, 0o555);

    const run = await runHubCli(['--data', readOnly], isRoot ? { asUser: 'nobody' } : {});

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `Data folder ${readOnly} is not writable (EACCES) — fix its permissions or choose another with --data\n`,
    });
  });

  it('refuses a bad port from the environment', async () => {
    const run = await runHubCli([], { env: { PACKLINE_HUB_PORT: 'eighty' } });

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Invalid PACKLINE_HUB_PORT "eighty" — expected a whole number from 0 to 65535\n',
    });
  });

  it('tells a parent process why it could not start', async () => {
    const hub = forkHubCli(['--data', join(root, 'typo'), '--port', '0']);

    expect(await hub.firstMessage).toEqual({
      type: 'fatal',
      message: `Data folder ${join(root, 'typo')} does not exist — create it or choose another with --data`,
    });
    expect(await hub.exited).toBe(2);
  });

  it('prints its usage on --help', async () => {
    const run = await runHubCli(['--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: hub \[options\]\n/);
    expect(run.stderr).toBe('');
  });
});
