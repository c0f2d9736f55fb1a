import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../../../src-shared/bridge';
import { createFakeStation } from '../../app/bridge/fake-station.fake';
import { idleSync, rejectedHold } from '../../app/bridge/fake-sync.fake';
import type { Language } from '../../app/i18n';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';

const apps: RenderedApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
});

function openAsClerk(station = createFakeStation({ signedIn: 'clerk' }), language: Language = 'en') {
  window.history.replaceState(null, '', '/#/station');
  apps.push(renderApp(station, { language }));
  return station;
}

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000 - 5_000).toISOString();
}

/** What the pill says, word by word as a person reads it. */
async function pillText(state: string): Promise<string> {
  const pill = await screen.findByTestId('sync-pill');
  await waitFor(() => expect(pill.dataset.state).toBe(state));
  return pill.textContent ?? '';
}

describe('sync status in the top bar', () => {
  it('follows the sync.state event through every state without reading again', async () => {
    const station = openAsClerk();
    expect(await pillText('idle')).toBe('Synced');
    const reads = station.callsOf('sync.state');

    const seen: string[] = [];
    for (const state of ['syncing', 'connecting', 'offline', 'error'] as const) {
      act(() => station.setSync({ state }));
      seen.push(await pillText(state));
    }

    expect(seen).toEqual(['Syncing…', 'Connecting…', 'Offline', 'Sync error']);
    expect(station.callsOf('sync.state')).toBe(reads);
  });

  it('counts pending commands and the age of the oldest, in English and Chinese', async () => {
    const pending = { state: 'offline', pendingCommands: 3, oldestPendingAt: minutesAgo(4) } as const;
    openAsClerk(createFakeStation({ signedIn: 'clerk', sync: idleSync(pending) }));
    expect(await pillText('offline')).toBe('Offline3 pending · oldest 4 min');
    apps.splice(0).forEach((app) => app.close());

    openAsClerk(createFakeStation({ signedIn: 'clerk', sync: idleSync(pending) }), 'zh-CN');
    expect(await pillText('offline')).toBe('离线3 待同步 · 最早 4 分钟前');
    expect(screen.getByRole('button', { name: '立即同步' })).toBeTruthy();
  });

  it('says hours for an old queue and shows the last error on hover', async () => {
    const station = openAsClerk();
    await pillText('idle');
    act(() =>
      station.setSync({
        state: 'error',
        pendingCommands: 12,
        oldestPendingAt: minutesAgo(125),
        lastError: 'The hub refused this station’s credentials',
      }),
    );
    expect(await pillText('error')).toBe('Sync error12 pending · oldest 2 h');
    expect(screen.getByTestId('sync-pill').title).toContain(
      'Last error: The hub refused this station’s credentials',
    );
  });

  it('shows the hub link instead while the station does not tell its sync state', async () => {
    const station = createFakeStation({ signedIn: 'clerk' });
    station.handle('sync.state', () => fail('internal', 'No such channel.'));
    openAsClerk(station);
    const pill = await screen.findByTestId('hub-pill');
    await waitFor(() => expect(pill.textContent).toBe('Hub online'));
    expect(screen.queryByTestId('sync-pill')).toBeNull();
  });

  it('asks the station to sync now', async () => {
    const station = openAsClerk();
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(station.callsOf('sync.now')).toBe(1));
  });

  it('shows a red count when the hub refused something, which opens the list; Esc closes it', async () => {
    const station = openAsClerk(createFakeStation({ signedIn: 'clerk', attention: [rejectedHold()] }));
    const button = await screen.findByTestId('attention-button');
    expect(button.textContent).toBe('1need attention');

    button.focus();
    fireEvent.click(button);
    const drawer = await screen.findByRole('dialog', { name: 'Needs attention' });
    expect(await within(drawer).findByText('The order has already shipped.')).toBeTruthy();
    expect(station.callsOf('attention.list')).toBe(1);

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('has no count while nothing needs attention, and gets one when a rejection arrives', async () => {
    const station = openAsClerk();
    await pillText('idle');
    expect(screen.queryByTestId('attention-button')).toBeNull();

    station.setAttention([rejectedHold(), rejectedHold({ commandId: '01JF0000000000000000000010' })]);
    act(() => station.setSync({ needsAttention: 2 }));

    expect((await screen.findByTestId('attention-button')).textContent).toBe('2need attention');
  });

  it('is spelled out on the Station screen, which also opens the refused changes', async () => {
    openAsClerk(
      createFakeStation({
        signedIn: 'clerk',
        attention: [rejectedHold()],
        sync: idleSync({
          state: 'error',
          pendingCommands: 2,
          oldestPendingAt: minutesAgo(7),
          lastError: 'The hub refused this station’s credentials',
          needsAttention: 1,
        }),
      }),
    );
    const card = await screen.findByRole('region', { name: 'Sync with the hub' });
    const facts = [...card.querySelectorAll('.fact')].map((fact) => fact.textContent);
    expect(facts).toEqual([
      'StateSync error',
      'Waiting for the hub2 pending · oldest 7 min',
      `Last fully synced${new Date('2025-03-01T08:00:00.000Z').toLocaleString('en', { hour12: false })}`,
      'Last errorThe hub refused this station’s credentials',
      'Refused by the hubShow 1 refused',
    ]);
    fireEvent.click(within(card).getByRole('button', { name: 'Show 1 refused' }));
    expect(await screen.findByRole('dialog', { name: 'Needs attention' })).toBeTruthy();
  });
});
