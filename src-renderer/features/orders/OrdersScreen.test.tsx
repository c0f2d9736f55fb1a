import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../src-shared/domain';
import { buildOrder } from '../../../src-shared/domain/testing';
import { createFakeStation } from '../../app/bridge/fake-station.fake';
import { fakeWarehouseId } from '../../app/bridge/fake-orders.fake';
import {
  closeOrderApps,
  listInputs,
  openOrders,
  openOrdersOf,
  row,
  rowText,
  shownOrderIds,
} from './orders-screen.fake';

afterEach(closeOrderApps);

describe('orders list', () => {
  it('shows each order with platform, number, buyer, city, lines, total in yuan and its marks', async () => {
    await openOrders();
    expect(shownOrderIds()).toEqual(['o-1', 'o-2', 'o-3', 'o-4', 'o-5', 'o-6']);
    expect(rowText('o-1')).toEqual(['TB3829140021 / Taobao', '张伟 / 上海市', '2', '¥111.00', 'Allocated']);
    expect(rowText('o-2')).toEqual([
      'JD7710023345 / JD',
      '李娜 / 北京市',
      '2',
      '¥111.00',
      'Imported / Held: Address unclear',
    ]);
    expect(screen.getByText('1–6 of 6')).toBeTruthy();
  });

  it('asks the station for exactly what the tabs, search box and held switch say', async () => {
    const station = await openOrders();
    expect(listInputs(station)).toEqual([{ limit: 50, offset: 0 }]);

    fireEvent.click(screen.getByRole('button', { name: 'Allocated' }));
    await waitFor(() => expect(shownOrderIds()).toEqual(['o-1']));
    expect(within(screen.getByRole('button', { name: /Allocated/ })).getByText('1')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /All$/ }));
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: ' TB3829 ' } });
    await waitFor(() => expect(shownOrderIds()).toEqual(['o-1', 'o-6']));

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Held only' }));
    await waitFor(() => expect(shownOrderIds()).toEqual(['o-2']));

    // Typing is read once it pauses, not once per key; the switch applies the cleared box at once.
    expect(listInputs(station)).toEqual([
      { limit: 50, offset: 0 },
      { status: 'allocated', limit: 50, offset: 0 },
      { search: 'TB3829', limit: 50, offset: 0 },
      { isHeldOnly: true, limit: 50, offset: 0 },
    ]);
  });

  it('finds an order by its buyer and says when nothing matches', async () => {
    await openOrders();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '王芳' } });
    await waitFor(() => expect(shownOrderIds()).toEqual(['o-3']));
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'nobody' } });
    expect(await screen.findByText('No orders match.')).toBeTruthy();
  });

  it('turns pages with the buttons and with PageDown', async () => {
    const many: Order[] = Array.from({ length: 60 }, (_, index) =>
      buildOrder({
        id: `m-${index}`,
        platformOrderNo: `TB${String(900 - index).padStart(6, '0')}`,
        warehouseId: fakeWarehouseId,
        paidAt: new Date(Date.UTC(2025, 2, 1, 8, 0, 0) - index * 60_000).toISOString(),
      }),
    );
    const station = createFakeStation({ signedIn: 'clerk', orders: many });
    openOrdersOf(station);
    expect(await screen.findByText('1–50 of 60')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(await screen.findByText('51–60 of 60')).toBeTruthy();
    expect(shownOrderIds()).toHaveLength(10);
    expect(screen.getByRole('button', { name: /Next/ })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(await screen.findByText('1–50 of 60')).toBeTruthy();
    // The first page was still fresh in the cache: read twice, not three times.
    expect(listInputs(station)).toEqual([
      { limit: 50, offset: 0 },
      { limit: 50, offset: 50 },
    ]);
  });

  it('is in Chinese with yuan amounts and Chinese statuses', async () => {
    await openOrders(createFakeStation({ signedIn: 'supervisor' }), 'zh-CN');
    expect(rowText('o-2')).toEqual([
      'JD7710023345 / 京东',
      '李娜 / 北京市',
      '2',
      '¥111.00',
      '已导入 / 挂起：地址不清',
    ]);
    expect(screen.getByText('第 1–6 条，共 6 条')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '只看挂起' })).toBeTruthy();
  });
});

describe('keyboard', () => {
  it('/ searches, ↓ selects, Enter opens, Esc closes', async () => {
    await openOrders();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByLabelText('Search'));

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(row('o-3').getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const panel = await screen.findByTestId('order-detail');
    expect(await within(panel).findByRole('heading', { name: 'PDD250301-66' })).toBeTruthy();

    // With an order open, the panel follows the selection.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(await screen.findByRole('heading', { name: 'JD7710023345' })).toBeTruthy();

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('order-detail')).toBeNull();
  });
});
