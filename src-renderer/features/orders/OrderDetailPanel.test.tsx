import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeStation } from '../../app/bridge/fake-station.fake';
import { fakeOrders } from '../../app/bridge/fake-orders.fake';
import { closeOrderApps, issued, openDetail, openOrders, row, rowText } from './orders-screen.fake';

afterEach(closeOrderApps);

describe('order detail and actions', () => {
  it('shows lines, amounts, delivery and holds with who and when', async () => {
    await openOrders();
    const panel = await openDetail('o-2');
    expect(within(panel).getByRole('heading', { name: 'JD7710023345' })).toBeTruthy();
    const holds = within(panel).getByRole('region', { name: 'Holds' });
    expect(within(holds).getByText('Held: Address unclear')).toBeTruthy();
    expect(within(holds).getByText('“附近”')).toBeTruthy();
    expect(within(holds).getByText(/^rules · /)).toBeTruthy();
    expect(within(panel).getByText('北京市朝阳区')).toBeTruthy();
    expect(within(panel).getByText('李娜 · 13800000002')).toBeTruthy();
    const lines = within(panel).getByRole('region', { name: 'Lines' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((line) => line.textContent),
    ).toEqual([
      'SKUQtyUnit priceSubtotal',
      'Name of sku-teaSKU-TEA · A-01-1-012¥39.00¥78.00',
      'Name of sku-cupSKU-CUP · A-01-1-011¥25.00¥25.00',
    ]);
    expect(within(lines).getByText('¥111.00')).toBeTruthy();

    // Once the bench has scanned something, each line says how far it got.
    const picking = await openDetail('o-3');
    await within(picking).findByRole('heading', { name: 'PDD250301-66' });
    expect(within(picking).getByText('1 of 3 scanned')).toBeTruthy();
  });

  it('holds with H: the chosen reason and note go to commands.issue and the hold shows at once, pending', async () => {
    const station = await openOrders();
    const panel = await openDetail('o-1');
    fireEvent.keyDown(document.activeElement!, { key: 'h' });

    const form = await within(panel).findByRole('form', { name: 'Hold this order' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Reason'));
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'fraud_review' } });
    fireEvent.change(within(form).getByLabelText('Note (optional)'), {
      target: { value: ' same phone, 3 orders today ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Hold order' }));

    expect(await within(panel).findByRole('status')).toHaveProperty(
      'textContent',
      'Order held. It shows "Pending sync" until the hub confirms it.',
    );
    expect(issued(station)).toEqual([
      {
        type: 'order.held',
        payload: { orderId: 'o-1', reason: 'fraud_review', note: 'same phone, 3 orders today' },
      },
    ]);
    const holds = within(panel).getByRole('region', { name: 'Holds' });
    expect(within(holds).getByText('Held: Fraud review')).toBeTruthy();
    expect(within(holds).getByText('Pending sync')).toBeTruthy();
    expect(within(holds).getByText(/^you · /)).toBeTruthy();
    await waitFor(() => expect(rowText('o-1').at(-1)).toBe('Allocated / Held: Fraud review / Pending sync'));
    expect(await screen.findByTestId('sync-pending')).toHaveProperty(
      'textContent',
      '1 pending · oldest <1 min',
    );
  });

  it('drops the pending marker once the hub has accepted the change', async () => {
    const station = await openOrders();
    await openDetail('o-1');
    fireEvent.keyDown(document.activeElement!, { key: 'H' });
    fireEvent.click(await screen.findByRole('button', { name: 'Hold order' }));
    await waitFor(() => expect(within(row('o-1')).queryByText('Pending sync')).toBeTruthy());

    station.orderBook.acceptPending();
    act(() => station.emit('db.changed', { collection: 'commands' }));

    await waitFor(() => expect(within(row('o-1')).queryByText('Pending sync')).toBeNull());
    expect(rowText('o-1').at(-1)).toBe('Allocated / Held: Manual');
  });

  it('shows the station’s refusal next to the action when the order changed meanwhile', async () => {
    const station = await openOrders();
    const panel = await openDetail('o-1');
    // Another station shipped it; this screen has not read the order again yet.
    const shipped = fakeOrders()[0]!;
    station.orderBook.replace({ ...shipped, status: 'cancelled', cancelReason: 'Buyer asked to cancel' });

    fireEvent.click(within(panel).getByRole('button', { name: /^Hold/ }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Hold order' }));

    expect(await within(panel).findByRole('alert')).toHaveProperty(
      'textContent',
      'Not done: Order TB3829140021 was cancelled: Buyer asked to cancel',
    );
    expect(station.orderBook.pending).toEqual([]);
  });

  it('says a refusal in Chinese by the rejection code the station sent', async () => {
    const station = await openOrders(createFakeStation({ signedIn: 'clerk' }), 'zh-CN');
    const panel = await openDetail('o-2');
    station.orderBook.replace({ ...fakeOrders()[1]!, holds: [] });
    fireEvent.click(within(panel).getByRole('button', { name: '解除挂起' }));
    expect(await within(panel).findByRole('alert')).toHaveProperty('textContent', '未执行：该挂起已被解除。');
  });

  it('releases one hold', async () => {
    const station = await openOrders();
    const panel = await openDetail('o-2');
    fireEvent.click(within(panel).getByRole('button', { name: 'Release' }));

    await waitFor(() => expect(within(panel).queryByRole('region', { name: 'Holds' })).toBeNull());
    expect(issued(station)).toEqual([{ type: 'order.released', payload: { orderId: 'o-2', holdId: 'h-1' } }]);
    expect(within(panel).getByRole('status').textContent).toBe(
      'Hold released. It shows "Pending sync" until the hub confirms it.',
    );
  });

  it('edits the address', async () => {
    const station = await openOrders();
    const panel = await openDetail('o-2');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit address' }));
    const form = await within(panel).findByRole('form', { name: 'Edit the delivery address' });
    fireEvent.change(within(form).getByLabelText('Street address'), {
      target: { value: '建国路 88 号 3 单元' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save address' }));

    expect(await within(panel).findByText('建国路 88 号 3 单元')).toBeTruthy();
    expect(issued(station)).toEqual([
      {
        type: 'order.addressEdited',
        payload: {
          orderId: 'o-2',
          address: { province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路 88 号 3 单元' },
        },
      },
    ]);
  });

  it('cancels only after a confirmation that names the order', async () => {
    const station = await openOrders();
    const panel = await openDetail('o-1');
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel order…' }));
    const form = await within(panel).findByRole('form', { name: 'Cancel this order' });
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'outOfStock' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel order…' }));

    expect(
      within(form).getByText('Cancel order TB3829140021 (Out of stock)? This cannot be undone.'),
    ).toBeTruthy();
    expect(issued(station)).toEqual([]);
    fireEvent.click(within(form).getByRole('button', { name: 'Yes, cancel the order' }));

    expect(await within(panel).findByText('Cancelled: this order can no longer be changed.')).toBeTruthy();
    expect(issued(station)).toEqual([
      { type: 'order.cancelled', payload: { orderId: 'o-1', reason: 'Out of stock' } },
    ]);
    expect(within(panel).queryByRole('button', { name: /^Hold/ })).toBeNull();
  });

  it('offers no change on a shipped order and no address edit once the label is printed', async () => {
    await openOrders();
    const shipped = await openDetail('o-5');
    expect(within(shipped).getByText('Shipped: this order can no longer be changed.')).toBeTruthy();
    expect(within(shipped).queryByRole('button', { name: /^Hold/ })).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'h' });
    expect(within(shipped).queryByRole('form')).toBeNull();

    const packed = await openDetail('o-4');
    await within(packed).findByRole('heading', { name: 'DY9000000004' });
    expect(within(packed).getByRole('button', { name: /^Hold/ })).toBeTruthy();
    expect(within(packed).queryByRole('button', { name: 'Edit address' })).toBeNull();
    expect(within(packed).getByText('Label printed: the address can no longer change.')).toBeTruthy();
  });
});
