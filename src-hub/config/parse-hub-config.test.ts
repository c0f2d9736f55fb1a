import { describe, expect, it } from 'vitest';
import { type HubConfigSources, parseHubConfig } from './parse-hub-config';
import { describeStartupFailure } from './startup-error';

const cwd = '/srv/packline';

function sources(
  overrides: Partial<HubConfigSources> & { files?: Record<string, string> } = {},
): HubConfigSources {
  const files = overrides.files ?? {};
  return {
    argv: overrides.argv ?? [],
    env: overrides.env ?? {},
    cwd,
    readFile: overrides.readFile ?? ((path) => files[path]),
  };
}

function configOf(input: Parameters<typeof sources>[0]) {
  const command = parseHubConfig(sources(input));
  if (command.kind !== 'run') throw new Error('expected a run command');
  return command.config;
}

/** The one line and exit code the CLI would print for these sources. */
function failureOf(input: Parameters<typeof sources>[0]) {
  try {
    parseHubConfig(sources(input));
  } catch (error) {
    return describeStartupFailure(error);
  }
  throw new Error('expected parseHubConfig to fail');
}

describe('parseHubConfig', () => {
  it('takes the demo order count from --demo-orders and PACKLINE_HUB_DEMO_ORDERS, and refuses nonsense', () => {
    expect(configOf({ argv: ['--demo', '--demo-orders', '500'] })).toMatchObject({
      demo: true,
      demoOrders: 500,
    });
    expect(configOf({ env: { PACKLINE_HUB_DEMO_ORDERS: '2000' } })).toMatchObject({ demoOrders: 2000 });
    expect(failureOf({ argv: ['--demo-orders', 'many'] })).toMatchObject({
      message: expect.stringMatching(/--demo-orders.*a whole number from 0 to 1000000/) as string,
    });
  });

  it('uses defaults when nothing is configured', () => {
    expect(configOf({})).toEqual({
      port: 7411,
      host: '127.0.0.1',
      dataDir: '/srv/packline/.data/hub',
      isDataDirExplicit: false,
      databaseUrl: null,
      demo: false,
      demoOrders: 10_000,
      logLevel: 'info',
    });
  });

  it('layers config file < environment < flags, setting by setting', () => {
    const config = configOf({
      files: {
        '/etc/packline/hub.json': JSON.stringify({
          port: 7000,
          host: '0.0.0.0',
          data: 'data',
          databaseUrl: 'postgres://hub@db.lan/packline',
          logLevel: 'warn',
        }),
      },
      env: { PACKLINE_HUB_PORT: '7100', PACKLINE_HUB_DEMO: '1', PACKLINE_HUB_DATA: '' },
      argv: ['--config', '/etc/packline/hub.json', '--port', '7200', '--log-level', 'debug'],
    });

    expect(config).toEqual({
      port: 7200,
      host: '0.0.0.0',
      dataDir: '/etc/packline/data',
      isDataDirExplicit: true,
      databaseUrl: 'postgres://hub@db.lan/packline',
      demo: true,
      demoOrders: 10_000,
      logLevel: 'debug',
    });
  });

  it('reads hub.json from the data folder and resolves relative paths against the current folder', () => {
    const config = configOf({
      argv: ['--data', 'stores/sha'],
      files: { '/srv/packline/stores/sha/hub.json': '{"port": 7300, "demo": true}' },
    });

    expect(config).toMatchObject({
      port: 7300,
      demo: true,
      dataDir: '/srv/packline/stores/sha',
      isDataDirExplicit: true,
    });
  });

  it('takes every setting from the environment', () => {
    const config = configOf({
      env: {
        PACKLINE_HUB_PORT: '0',
        PACKLINE_HUB_HOST: '192.168.1.20',
        PACKLINE_HUB_DATA: '/var/lib/packline',
        DATABASE_URL: 'postgresql://hub:secret@127.0.0.1:5432/packline',
        PACKLINE_HUB_DEMO: 'false',
        PACKLINE_HUB_LOG_LEVEL: 'silent',
      },
    });

    expect(config).toEqual({
      port: 0,
      host: '192.168.1.20',
      dataDir: '/var/lib/packline',
      isDataDirExplicit: true,
      databaseUrl: 'postgresql://hub:secret@127.0.0.1:5432/packline',
      demo: false,
      demoOrders: 10_000,
      logLevel: 'silent',
    });
  });

  it('answers --help with the usage text', () => {
    const command = parseHubConfig(sources({ argv: ['--help'] }));

    expect(command.kind).toBe('help');
    expect(command.kind === 'help' && command.text).toContain('--data <folder>');
  });

  it.each([
    [{ argv: ['--port', 'abc'] }, 'Invalid --port "abc" — expected a whole number from 0 to 65535'],
    [{ argv: ['--port', '70000'] }, 'Invalid --port "70000" — expected a whole number from 0 to 65535'],
    [
      { env: { PACKLINE_HUB_PORT: '80.5' } },
      'Invalid PACKLINE_HUB_PORT "80.5" — expected a whole number from 0 to 65535',
    ],
    [
      { argv: ['--prot', '80'] },
      'Unknown option --prot — known options: --port, --host, --data, --config, --demo, --demo-orders, --log-level, --help',
    ],
    [{ argv: ['--port'] }, 'Option --port needs a value'],
    [{ argv: ['7411'] }, 'Unexpected argument 7411 — options look like --port 7411'],
    [
      { env: { PACKLINE_HUB_DEMO: 'maybe' } },
      'Invalid PACKLINE_HUB_DEMO "maybe" — expected true or false (1 or 0)',
    ],
    [
      { argv: ['--log-level', 'loud'] },
      'Invalid --log-level "loud" — expected one of fatal, error, warn, info, debug, trace, silent',
    ],
    [{ argv: ['--config', 'missing.json'] }, 'Config file /srv/packline/missing.json does not exist'],
  ])('rejects %j with one clear line and exit code 2', (input, message) => {
    expect(failureOf(input)).toEqual({ message, exitCode: 2 });
  });

  it('never repeats a database URL, which may hold a password', () => {
    const failure = failureOf({ env: { DATABASE_URL: 'mysql://hub:hunter2@db/packline' } });

    expect(failure).toEqual({
      message: 'Invalid DATABASE_URL — expected a postgres:// or postgresql:// URL',
      exitCode: 2,
    });
  });

  it('names the file and key of a bad config file setting', () => {
    const files = {
      '/srv/packline/.data/hub/hub.json': '{"port": "eighty"}',
      '/srv/packline/typo.json': '{"prot": 80}',
      '/srv/packline/broken.json': '{"port": ',
      '/srv/packline/list.json': '[]',
    };

    expect(failureOf({ files }).message).toBe(
      'Invalid "port" in /srv/packline/.data/hub/hub.json "eighty" — expected a whole number from 0 to 65535',
    );
    expect(failureOf({ files, argv: ['--config', 'typo.json'] }).message).toBe(
      'Config file /srv/packline/typo.json has an unknown setting "prot" — known: port, host, data, databaseUrl, demo, demoOrders, logLevel',
    );
    expect(failureOf({ files, argv: ['--config', 'broken.json'] }).message).toMatch(
      /^Config file \/srv\/packline\/broken\.json is not valid JSON: /,
    );
    expect(failureOf({ files, argv: ['--config', 'list.json'] }).message).toBe(
      'Config file /srv/packline/list.json must hold a JSON object like {"port": 7411}',
    );
  });

  it('does not let hub.json inside the data folder move the data folder', () => {
    const failure = failureOf({ files: { '/srv/packline/.data/hub/hub.json': '{"data": "/elsewhere"}' } });

    expect(failure.message).toBe(
      'Config file /srv/packline/.data/hub/hub.json lies inside the data folder, so it cannot move it with "data"',
    );
  });

  it('reports an unreadable config file by its error code', () => {
    const failure = failureOf({
      readFile: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });

    expect(failure).toEqual({
      message: 'Cannot read config file /srv/packline/.data/hub/hub.json: EACCES',
      exitCode: 2,
    });
  });
});

describe('describeStartupFailure', () => {
  it('keeps only the first line of an unexpected error', () => {
    expect(
      describeStartupFailure(new Error('listen EADDRINUSE: address already in use\n    at stack')),
    ).toEqual({
      message: 'Hub failed to start: listen EADDRINUSE: address already in use',
      exitCode: 1,
    });
  });
});
