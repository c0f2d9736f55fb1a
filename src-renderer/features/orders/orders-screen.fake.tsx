import { fireEvent, screen, within } from '@testing-library/react';
import { createFakeStation, type FakeStation } from '../../app/bridge/fake-station.fake';
import type { Language } from '../../app/i18n';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';

// Test helpers of the orders screen: open it over a fake station, read rows as a clerk reads them.

const apps: RenderedApp[] = [];

/** Unmounts every app opened here; call it after each test. */
export function closeOrderApps(): void {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
}

/** Opens the orders screen signed in (as a clerk unless the station says otherwise) and waits for rows. */
export async function openOrders(
  station: FakeStation = createFakeStation({ signedIn: 'clerk' }),
  language: Language = 'en',
): Promise<FakeStation> {
  window.history.replaceState(null, '', '/#/orders');
  apps.push(renderApp(station, { language }));
  await screen.findByTestId('order-row-o-1');
  return station;
}

/** Opens the orders screen without waiting for particular rows. */
export function openOrdersOf(station: FakeStation): void {
  window.history.replaceState(null, '', '/#/orders');
  apps.push(renderApp(station));
}

/** The list row of an order. */
export function row(orderId: string): HTMLElement {
  return screen.getByTestId(`order-row-${orderId}`);
}

/** Each cell of a row, its parts (lines, chips) separated by " / ", as a clerk reads across. */
export function rowText(orderId: string): string[] {
  return [...row(orderId).querySelectorAll('td')].map((cell) => {
    const chips = cell.querySelectorAll('.order-chip');
    const parts = chips.length > 0 ? chips : cell.querySelectorAll(':scope > span');
    return parts.length > 0
      ? [...parts].map((part) => part.textContent).join(' / ')
      : (cell.textContent ?? '');
  });
}

/** The ids of the orders in the list, top to bottom. */
export function shownOrderIds(): string[] {
  return screen.queryAllByTestId(/^order-row-/).map((element) => element.dataset.testid?.slice(10) ?? '');
}

/** Every input the screen sent to `orders.list`, in order. */
export function listInputs(station: FakeStation): unknown[] {
  return station.calls.filter((call) => call.channel === 'orders.list').map((call) => call.input);
}

/** Every command the screen issued, in order. */
export function issued(station: FakeStation): unknown[] {
  return station.calls.filter((call) => call.channel === 'commands.issue').map((call) => call.input);
}

/** Clicks an order's row and waits for its panel to show the order. */
export async function openDetail(orderId: string): Promise<HTMLElement> {
  fireEvent.click(row(orderId));
  const panel = await screen.findByTestId('order-detail');
  await within(panel).findByRole('heading', { level: 2 });
  return panel;
}
