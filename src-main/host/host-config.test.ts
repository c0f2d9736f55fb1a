import { describe, expect, it } from 'vitest';
import { parseHostConfig } from './host-config';

const cwd = '/home/ops/packline';

describe('parseHostConfig', () => {
  it('defaults to ./.data, an embedded hub, port 5170 on 127.0.0.1', () => {
    expect(parseHostConfig([], {}, cwd)).toEqual({
      kind: 'start',
      config: {
        dataDir: '/home/ops/packline/.data',
        stationDataDir: '/home/ops/packline/.data/station',
        hubDataDir: '/home/ops/packline/.data/hub',
        hubUrl: null,
        port: 5170,
        host: '127.0.0.1',
      },
    });
  });

  it('takes flags over environment over defaults', () => {
    const env = {
      PACKLINE_DATA: '/var/lib/packline',
      PACKLINE_HUB_URL: 'http://hub.lan:5180',
      PACKLINE_PORT: '8080',
      PACKLINE_HOST: '0.0.0.0',
    };
    expect(parseHostConfig([], env, cwd)).toMatchObject({
      config: { dataDir: '/var/lib/packline', hubUrl: 'http://hub.lan:5180', port: 8080, host: '0.0.0.0' },
    });
    expect(
      parseHostConfig(
        ['--data', 'bench-data', '--hub-url', 'https://hub.example/', '--port', '0', '--host', '::1'],
        env,
        cwd,
      ),
    ).toMatchObject({
      config: {
        dataDir: '/home/ops/packline/bench-data',
        stationDataDir: '/home/ops/packline/bench-data/station',
        hubUrl: 'https://hub.example',
        port: 0,
        host: '::1',
      },
    });
  });

  it('explains a bad port, a bad hub URL and an unknown flag in one line', () => {
    for (const port of ['70000', 'abc', '-1', '5170.5']) {
      expect(parseHostConfig([`--port=${port}`], {}, cwd)).toEqual({
        kind: 'error',
        message: 'The port must be a whole number from 0 to 65535.',
      });
    }
    expect(parseHostConfig([], { PACKLINE_HUB_URL: 'hub.lan' }, cwd)).toEqual({
      kind: 'error',
      message: 'The hub URL must look like http://hub.local:5180 (got "hub.lan").',
    });
    const unknown = parseHostConfig(['--prot', '1'], {}, cwd);
    expect(unknown.kind).toBe('error');
    expect(unknown.kind === 'error' && unknown.message).toMatch(
      /--prot.*Run with --help to see the options\.$/,
    );
    expect(unknown.kind === 'error' && unknown.message).not.toContain('\n');
  });

  it('shows help', () => {
    expect(parseHostConfig(['--help'], {}, cwd)).toMatchObject({
      kind: 'help',
      text: expect.stringContaining('--hub-url URL') as string,
    });
  });
});
