import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeStation, type FakeStation, onlineHub } from '../../../app/bridge/fake-station.fake';
import type { Language } from '../../../app/i18n';
import { type RenderedApp, renderApp } from '../../../app/render-app.fake';

const apps: RenderedApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
});

function openAdmin(station: FakeStation, language?: Language) {
  window.history.replaceState(null, '', '/#/admin');
  apps.push(renderApp(station, language === undefined ? {} : { language }));
}

const row = (stationId: string) =>
  screen.getAllByTestId('hub-station').find((element) => element.dataset.station === stationId);

const cells = (stationId: string) => {
  const found = row(stationId);
  if (found === undefined) throw new Error(`no row of ${stationId}`);
  return within(found)
    .getAllByRole('cell')
    .slice(0, 5)
    .map((cell) => cell.textContent);
};

describe('the stations section of the Admin screen', () => {
  it('lists the hub’s stations, marks this one, and flags a clock that is off', async () => {
    openAdmin(createFakeStation({ signedIn: 'admin' }));
    await waitFor(() => expect(row('PACK-03')).toBeDefined());
    expect(cells('st-1').slice(0, 3)).toEqual(['PACK-01st-1 · this station', '上海嘉定仓', 'connected now']);
    expect(cells('PACK-03').slice(3)).toEqual(['check: 45 s ahead', 'Syncing allowed']);
    const desk = cells('DESK-02');
    expect([desk[1], desk[3]]).toEqual(['上海嘉定仓', 'ok, 0.8 s behind']);
  });

  it('revokes a lost station after asking, and shows it revoked', async () => {
    const station = createFakeStation({ signedIn: 'admin' });
    openAdmin(station);
    await waitFor(() => expect(row('DESK-02')).toBeDefined());
    const desk = row('DESK-02') as HTMLElement;
    fireEvent.click(within(desk).getByRole('button', { name: 'Revoke…' }));
    const confirm = screen.getByRole('group', { name: 'Revoke…' });
    expect(confirm.textContent).toContain('Revoke Desk 2?');
    // Nothing happens before the confirmation.
    expect(station.hubStations.stations().find((s) => s.id === 'DESK-02')?.revokedAt).toBeNull();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(cells('DESK-02')[4]).toMatch(/^Revoked /));
    expect({
      atHub: station.hubStations.stations().find((s) => s.id === 'DESK-02')?.revokedAt,
      confirmGone: screen.queryByRole('group', { name: 'Revoke…' }),
      buttonGone: within(row('DESK-02') as HTMLElement).queryByRole('button'),
    }).toEqual({ atHub: '2025-03-01T08:05:00.000Z', confirmGone: null, buttonGone: null });
  });

  it('says in Chinese why the directory is missing while the hub is down', async () => {
    const station = createFakeStation({ signedIn: 'admin', hub: onlineHub({ state: 'offline' }) });
    openAdmin(station, 'zh-CN');
    expect((await screen.findByText(/无法连接中心服务器/)).getAttribute('role')).toBe('alert');
    expect(screen.queryAllByTestId('hub-station')).toEqual([]);
  });
});
