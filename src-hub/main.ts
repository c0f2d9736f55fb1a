import { readFileSync } from 'node:fs';
import { type ParentChannel, connectToParent } from './cli/parent-channel';
import { startupBanner } from './cli/startup-banner';
import { describeStartupFailure, ensureDataFolder, type HubConfig, parseHubConfig } from './config';
import type { Hub } from './create-hub';

// Hub command-line entry (built to out/main/hub.js). People read standard output; JSON logs go to
// standard error. A parent process (the station's embedded hub) gets `ready` / `fatal` messages.
//
// States: starting ──ok──▶ running ──SIGINT/SIGTERM/stop/parent gone──▶ stopping ──▶ exit 0
//            └──error──▶ one line on stderr + `fatal` to the parent ──▶ exit 2 (config) or 1
// A second Ctrl-C while stopping kills the process at once (Node's default SIGINT handling).

await runHubCli();

async function runHubCli(): Promise<void> {
  const parent = connectToParent(process);
  let hub: Hub;
  let config: HubConfig;
  try {
    const command = parseHubConfig({
      argv: process.argv.slice(2),
      env: process.env,
      cwd: process.cwd(),
      readFile: readTextFileIfPresent,
    });
    if (command.kind === 'help') {
      process.stdout.write(`${command.text}\n`);
      return;
    }
    config = command.config;
    // Check the folder, then load the database and HTTP stack (seconds on a slow PC): a typo in a
    // flag or folder is answered at once.
    ensureDataFolder(config.dataDir, config.isDataDirExplicit);
    const { createHub } = await import('./create-hub');
    hub = await createHub(config, { onFatal: (error) => void exitWithFailure(error, parent) });
  } catch (error) {
    await exitWithFailure(error, parent);
    return;
  }

  process.stdout.write(startupBanner(hub, config));
  await parent?.send({ type: 'ready', url: hub.url, engine: hub.engine, createdUsers: hub.createdUsers });

  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    process.stdout.write('Stopping the hub…\n');
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Hub did not stop cleanly: ${describeStartupFailure(error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  parent?.onStop(stop);
}

async function exitWithFailure(error: unknown, parent: ParentChannel | null): Promise<never> {
  const failure = describeStartupFailure(error);
  process.stderr.write(`${failure.message}\n`);
  await parent?.send({ type: 'fatal', message: failure.message });
  process.exit(failure.exitCode);
}

function readTextFileIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // fs errors carry a code. A data folder that is a file is reported by the folder check, not here.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
