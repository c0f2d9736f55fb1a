import { describe, expect, it } from 'vitest';
import type { HubConfig } from '../config';
import { startupBanner } from './startup-banner';

const config: HubConfig = {
  port: 7411,
  host: '127.0.0.1',
  dataDir: '/srv/packline/.data/hub',
  isDataDirExplicit: false,
  databaseUrl: null,
  demo: true,
  demoOrders: 10_000,
  logLevel: 'info',
};

describe('startupBanner', () => {
  it('tells on first start who can sign in with which password', () => {
    const banner = startupBanner(
      {
        url: 'http://127.0.0.1:7411',
        engine: 'pglite',
        version: '0.1.0',
        createdUsers: [
          {
            username: 'admin',
            password: 'packline',
            displayName: '系统管理员',
            role: 'admin',
            warehouseCode: null,
          },
          {
            username: 'packer',
            password: 'packline',
            displayName: '张师傅',
            role: 'packer',
            warehouseCode: 'SHA',
          },
        ],
      },
      config,
    );

    expect(banner).toBe(
      [
        'Packline hub 0.1.0 is running at http://127.0.0.1:7411',
        'Database: PGlite in /srv/packline/.data/hub/pglite',
        '',
        'First start — sign in at a station with:',
        '  admin   packline  admin, all warehouses',
        '  packer  packline  packer, warehouse SHA',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  });

  it('says only where it runs on later starts, and warns when open to the network', () => {
    const banner = startupBanner(
      { url: 'http://127.0.0.1:7411', engine: 'postgres', version: '0.1.0', createdUsers: [] },
      { ...config, host: '0.0.0.0', demo: false },
    );

    expect(banner).toBe(
      [
        'Packline hub 0.1.0 is running at http://127.0.0.1:7411',
        'Database: PostgreSQL (DATABASE_URL)',
        'Listening on 0.0.0.0: stations on other machines can reach this hub.',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  });

  it('asks to write a random admin password down', () => {
    const banner = startupBanner(
      {
        url: 'http://127.0.0.1:7411',
        engine: 'pglite',
        version: '0.1.0',
        createdUsers: [
          {
            username: 'admin',
            password: 'k7dq-m2xa-9wne-tf4h',
            displayName: 'Administrator',
            role: 'admin',
            warehouseCode: null,
          },
        ],
      },
      { ...config, demo: false },
    );

    expect(banner).toContain(
      '  admin  k7dq-m2xa-9wne-tf4h  admin, all warehouses\nWrite the password down now',
    );
  });
});
