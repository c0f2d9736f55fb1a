import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StationLink, StationLinkState } from '../../app/bridge';
import { createFakeStation, healthyLocalDb, onlineHub } from '../../app/bridge/fake-station.fake';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';

const apps: RenderedApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
});

function openStationScreen(station = createFakeStation({ signedIn: 'admin' }), link?: StationLink) {
  window.history.replaceState(null, '', '/#/station');
  apps.push(renderApp(station, link ? { link } : {}));
  return station;
}

function hubState(): HTMLElement {
  return screen.getByTestId('hub-state');
}

/** A link to the station service that a test moves between states. */
function controllableLink(initial: StationLinkState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const link: StationLink = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    link,
    set(next: StationLinkState) {
      state = next;
      act(() => {
        for (const listener of listeners) listener();
      });
    },
  };
}

describe('Station screen', () => {
  it('shows the hub online with its facts, the person and the devices', async () => {
    openStationScreen();
    await waitFor(() => expect(hubState().dataset.state).toBe('online'));
    const hubCard = screen.getByRole('region', { name: 'Hub connection' });
    expect(hubState().textContent).toBe('Online');
    expect(within(hubCard).getByText('http://127.0.0.1:7411')).toBeTruthy();
    expect(within(hubCard).getByText('4 ms')).toBeTruthy();
    expect(within(hubCard).getByText('+120 ms')).toBeTruthy();
    expect(within(hubCard).getByText('PGlite (embedded PostgreSQL)')).toBeTruthy();

    const userCard = screen.getByRole('region', { name: 'Signed-in user' });
    expect(within(userCard).getByText('Test admin')).toBeTruthy();
    expect(within(userCard).getByText('Admin')).toBeTruthy();

    const deviceRows = await screen.findAllByTestId(/^device-/);
    expect(deviceRows.map((row) => row.textContent)).toEqual([
      'ScannerFake scannersimulatedConnected',
      'PrinterFake label printersimulatedReady',
    ]);
  });

  it('flips to offline on a sync.status event without reading the status again', async () => {
    const station = openStationScreen();
    await waitFor(() => expect(hubState().dataset.state).toBe('online'));
    const reads = station.callsOf('station.status');

    act(() =>
      station.emit(
        'sync.status',
        onlineHub({ state: 'offline', rttMs: null, lastError: 'connect ECONNREFUSED' }),
      ),
    );

    // react-query tells its observers on the next tick: wait for it, but read nothing.
    await waitFor(() => expect(hubState().dataset.state).toBe('offline'));
    expect(hubState().textContent).toBe('Offline');
    expect(screen.getAllByText('connect ECONNREFUSED').length).toBeGreaterThan(0);
    expect(station.callsOf('station.status')).toBe(reads);
  });

  it('warns about a clock more than 30 s off the hub', async () => {
    const station = openStationScreen();
    await waitFor(() => expect(hubState().dataset.state).toBe('online'));
    expect(screen.queryByText(/more than 30 s/)).toBeNull();

    act(() => station.emit('sync.status', onlineHub({ clockOffsetMs: -45_000 })));

    expect(await screen.findByText('-45,000 ms')).toBeTruthy();
    expect(screen.getByText(/more than 30 s/)).toBeTruthy();
  });

  it('updates a printer from printer.status and re-reads the status on db.changed', async () => {
    const station = openStationScreen();
    const printer = await screen.findByTestId('device-printer-1');
    const reads = station.callsOf('station.status');

    act(() => station.emit('printer.status', { deviceId: 'printer-1', state: 'paper_out' }));
    expect(await within(printer).findByText('Paper out')).toBeTruthy();

    act(() => station.emit('db.changed', { collection: 'print_jobs' }));
    await waitFor(() => expect(station.callsOf('station.status')).toBe(reads + 1));
  });

  it('says the local database was restored from a backup, and from which', async () => {
    openStationScreen(
      createFakeStation({
        signedIn: 'admin',
        localDb: healthyLocalDb({
          state: 'recovered',
          recovery: {
            kind: 'restored-backup',
            reason: 'integrity check failed: database disk image is malformed',
            movedTo: '/data/station/db/station.sqlite.corrupt-20250301T070000000Z',
            backupUsed: '/data/station/db/backups/station-20250228T180000000Z.sqlite',
            at: '2025-03-01T07:00:00.000Z',
          },
        }),
      }),
    );
    const banner = await screen.findByTestId('db-banner');
    const time = new Date('2025-03-01T07:00:00.000Z').toLocaleString('en', { hour12: false });
    expect([...banner.children].map((line) => line.textContent)).toEqual([
      'The local database was damaged and has been recovered',
      `Restored from backup station-20250228T180000000Z.sqlite at ${time}.`,
      'Cause: integrity check failed: database disk image is malformed',
      'The damaged file was kept as station.sqlite.corrupt-20250301T070000000Z for support.',
    ]);
    expect(screen.getByTestId('db-state').textContent).toBe('Recovered');
  });

  it('says in Chinese when the station started empty and will download everything again', async () => {
    window.history.replaceState(null, '', '/#/station');
    const station = createFakeStation({
      signedIn: 'admin',
      localDb: healthyLocalDb({
        state: 'recovered',
        isResyncRequired: true,
        recovery: { kind: 'started-empty', reason: 'database file damaged', at: '2025-03-01T07:00:00.000Z' },
      }),
    });
    apps.push(renderApp(station, { language: 'zh-CN' }));
    const banner = await screen.findByTestId('db-banner');
    expect(banner.textContent).toContain('本地数据库曾损坏，已自动恢复');
    expect(banner.textContent).toContain('以空数据库启动，将从中心服务器重新下载全部数据');
  });

  it('shows why the local database cannot be used, and nothing when it is healthy', async () => {
    const reason = 'The station database cannot be opened. Check the disk, then restart the station.';
    openStationScreen(
      createFakeStation({
        signedIn: 'admin',
        localDb: healthyLocalDb({ state: 'error', integrity: reason }),
      }),
    );
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toBe(
      `The local database cannot be used${reason}Sign-in, the hub connection and the devices still work.`,
    );
    apps.splice(0).forEach((app) => app.close());

    openStationScreen();
    await waitFor(() => expect(screen.getByTestId('db-state').textContent).toBe('OK'));
    expect(screen.queryByTestId('db-banner')).toBeNull();
  });

  it('says when the station service itself is unreachable, and re-reads everything when it is back', async () => {
    const connection = controllableLink('connected');
    const station = openStationScreen(createFakeStation({ signedIn: 'admin' }), connection.link);
    await waitFor(() => expect(hubState().dataset.state).toBe('online'));
    const reads = station.callsOf('station.status');

    connection.set('unreachable');
    expect(screen.getByRole('alert').textContent).toContain('Station service unreachable');
    expect(screen.getByTestId('station-link').textContent).toBe('Station service unreachable');
    expect(hubState().textContent).toBe('Last known: Online');

    station.setHub(onlineHub({ rttMs: 9 }));
    connection.set('connected');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(hubState().textContent).toBe('Online');
    await waitFor(() => expect(station.callsOf('station.status')).toBe(reads + 1));
    expect(await screen.findByText('9 ms')).toBeTruthy();
  });

  it('is reached from the navigation and shows the role in Chinese too', async () => {
    window.history.replaceState(null, '', '/#/pack');
    apps.push(renderApp(createFakeStation({ signedIn: 'packer' }), { language: 'zh-CN' }));
    fireEvent.click(await screen.findByRole('link', { name: /工作站/ }));

    expect(await screen.findByRole('heading', { level: 1, name: '工作站' })).toBeTruthy();
    await waitFor(() => expect(hubState().textContent).toBe('在线'));
    expect(within(screen.getByRole('region', { name: '当前用户' })).getByText('打包员')).toBeTruthy();
  });
});
