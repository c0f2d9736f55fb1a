import { describe, expect, it } from 'vitest';
import { hostBanner } from './host-banner';
import { parseHostConfig } from './host-config';

const parsed = parseHostConfig(['--data', '/srv/packline'], {}, '/');
const config = parsed.kind === 'start' ? parsed.config : null;

describe('hostBanner', () => {
  const base = {
    url: 'http://127.0.0.1:5170',
    hubUrl: 'http://127.0.0.1:40123',
    isHubEmbedded: true,
    logFile: '/srv/packline/station/logs/station-host.log',
    lanUrls: [],
  };

  it('lists the demo users with their passwords on first start', () => {
    if (config === null) throw new Error('bad config');
    const users = [
      { username: 'admin', password: 'packline', role: 'admin' as const },
      { username: 'packer', password: 'packline', role: 'packer' as const },
    ];
    expect(hostBanner({ ...base, createdUsers: users }, config)).toBe(
      [
        'Packline station is running (browser mode).',
        '',
        '  Open      http://127.0.0.1:5170',
        '  Sign in   admin   password "packline"  (admin)',
        '            packer  password "packline"  (packer)',
        '  Hub       built in, http://127.0.0.1:40123 (demo data)',
        '  Data      /srv/packline',
        '  Log       /srv/packline/station/logs/station-host.log',
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  });

  it('repeats the demo hint on later starts and defers to an external hub', () => {
    if (config === null) throw new Error('bad config');
    expect(hostBanner({ ...base, createdUsers: [] }, config)).toContain(
      '  Sign in   as admin, supervisor, clerk, packer; password "packline" (unless changed)',
    );
    const external = hostBanner(
      {
        ...base,
        isHubEmbedded: false,
        hubUrl: 'http://hub.lan:5180',
        createdUsers: [],
        lanUrls: ['http://10.0.0.7:5170'],
      },
      config,
    );
    expect(external).toContain(
      '  Sign in   with your account on that hub\n  Hub       http://hub.lan:5180\n  Data      /srv/packline/station\n',
    );
    expect(external).toContain('            http://10.0.0.7:5170  (from other devices on the network)');
  });
});
