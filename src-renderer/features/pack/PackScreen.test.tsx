import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakePackIds } from '../../app/bridge/fake-pack-orders.fake';
import { createFakeStation, type FakeStation } from '../../app/bridge/fake-station.fake';
import {
  banner,
  bannerReading,
  closePackApps,
  headerText,
  lineRows,
  openPack,
  press,
  pressForVerdict,
  scan,
  sent,
} from './pack-screen.fake';

afterEach(closePackApps);

const tea = '6901234000016';
const cup = '6901234000023';
const teapot = '6901234000030';

async function openFirst(station: FakeStation) {
  return scan(station, `ORD-${fakePackIds.first}`);
}

async function packFirst(station: FakeStation) {
  await openFirst(station);
  await scan(station, tea);
  await scan(station, tea);
  return scan(station, cup);
}

describe('pack screen waiting for an order', () => {
  it('asks for a scan and shows the pick lists, the parcels without label and the hold-list age', async () => {
    await openPack();
    expect(screen.getByTestId('pack-waiting').textContent).toContain('Scan an order or pick list');
    expect(screen.getByTestId('pack-pick-list').textContent).toBe(
      `PL-20250301-00010 / 3 doneNext: ORD-${fakePackIds.first}`,
    );
    expect(screen.getByTestId('pack-unlabelled').textContent).toBe('1');
    const age = screen.getByTestId('pack-hold-age');
    expect(age.textContent).toMatch(/^Hold list as of .+ · more than 10 minutes old/);
    expect(age.classList.contains('pack-hold-age--stale')).toBe(true);
  });

  it('says when the hold list was never checked with the hub', async () => {
    await openPack(createFakeStation({ signedIn: 'packer', holdsCheckedAt: null }));
    expect(screen.getByTestId('pack-hold-age').textContent).toBe('Hold list never checked with the hub');
  });

  it('shows a fresh hold list without warning', async () => {
    const checkedAt = new Date(Date.now() - 60_000).toISOString();
    await openPack(createFakeStation({ signedIn: 'packer', holdsCheckedAt: checkedAt }));
    const age = screen.getByTestId('pack-hold-age');
    expect(age.textContent).toMatch(/^Hold list as of [^·]+$/);
    expect(age.classList.contains('pack-hold-age--stale')).toBe(false);
  });

  it('prints every missing label with F10 and shows the count going to zero', async () => {
    const station = await openPack();
    press('F10');
    expect(await screen.findByText('Labels sent to the printer in pick-path order: 1')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('pack-unlabelled').textContent).toBe('0'));
    expect(sent(station, 'pack.batchPrint')).toEqual([{}]);
  });
});

describe('packing an order', () => {
  it('opens an order by its code: header, and the lines in the given bin order', async () => {
    const station = await openPack();
    expect(bannerReading(await openFirst(station))).toEqual({
      verdict: 'opened',
      tone: 'info',
      headline: 'Scan the items',
      detail: null,
    });
    expect(headerText()).toEqual([
      'TB5001000001',
      'Taobao上海市Picking',
      '1 / 3',
      'Pick list PL-20250301-0001',
      '顺丰速运',
      'SF1000000000011',
    ]);
    expect(lineRows()).toEqual([
      'A-01-02-03 | 西湖龙井 250g | TEA-250 | 0 / 2',
      'A-02-01-01 | 青瓷茶杯 | CUP-01 | 0 / 1',
    ]);
    expect(sent(station, 'pack.scan')).toEqual([{ code: `ORD-${fakePackIds.first}`, openOrderId: null }]);
  });

  it('opens an order from a keyboard-wedge scanner burst', async () => {
    await openPack();
    for (const key of [...`ORD-${fakePackIds.first}`, 'Enter']) fireEvent.keyDown(document.body, { key });
    await waitFor(() => expect(banner().dataset.verdict).toBe('opened'));
    expect(headerText()[0]).toBe('TB5001000001');
  });

  it('counts a right item up, green, and marks its line', async () => {
    const station = await openPack();
    await openFirst(station);
    expect(bannerReading(await scan(station, tea))).toEqual({
      verdict: 'counted',
      tone: 'good',
      headline: '西湖龙井 250g 1 / 2',
      detail: null,
    });
    expect(lineRows()).toEqual([
      '* A-01-02-03 | 西湖龙井 250g | TEA-250 | 1 / 2',
      'A-02-01-01 | 青瓷茶杯 | CUP-01 | 0 / 1',
    ]);
    expect(sent(station, 'pack.scan').at(-1)).toEqual({ code: tea, openOrderId: fakePackIds.first });
  });

  it('refuses a wrong item loudly in red and counts nothing', async () => {
    const station = await openPack();
    await openFirst(station);
    const refused = await scan(station, teapot);
    expect(bannerReading(refused)).toEqual({
      verdict: 'wrong_item',
      tone: 'bad',
      headline: 'Wrong item! Not in this order',
      detail: `Scanned: ${teapot} · 紫砂壶 (POT-02) is not in this order`,
    });
    expect(refused.getAttribute('role')).toBe('alert');
    expect(lineRows()).toEqual([
      'A-01-02-03 | 西湖龙井 250g | TEA-250 | 0 / 2',
      'A-02-01-01 | 青瓷茶杯 | CUP-01 | 0 / 1',
    ]);
  });

  it('refuses an over-scan and a bad check digit, each with its own sentence', async () => {
    const station = await openPack();
    await openFirst(station);
    await scan(station, cup);
    expect(bannerReading(await scan(station, cup)).headline).toBe('Too many! This item is already complete');
    expect(bannerReading(await scan(station, '6901234000012'))).toEqual({
      verdict: 'unreadable',
      tone: 'bad',
      headline: 'Bad check digit. Scan again',
      detail: 'Scanned: 6901234000012',
    });
  });

  it('packs on the last item, shows the label on its way and then printed', async () => {
    const station = await openPack();
    expect(bannerReading(await packFirst(station))).toEqual({
      verdict: 'packed',
      tone: 'good',
      headline: 'Packed',
      detail: 'Scan the parcel label to ship',
    });
    const label = screen.getByTestId('pack-label');
    expect(label.textContent).toBe('Shipping label Queued for the printerScan the parcel label to ship');

    station.pack.jamPrinter('paper out');
    await waitFor(() => expect(label.dataset.labelState).toBe('waiting'));
    expect(label.textContent).toContain('Printer waiting: paper out');

    station.pack.finishPrinting();
    await waitFor(() => expect(label.dataset.labelState).toBe('printed'));
    expect(label.textContent).toContain('Shipping label Printed');
    const preview = await within(label).findByRole('img');
    expect(preview.getAttribute('alt')).toMatch(/^Shipping label \S+ as it prints$/);
    expect(decodeURIComponent(preview.getAttribute('src') ?? '')).toContain('<svg');
  });

  it('ships on the parcel scan and opens the next order of the pick list', async () => {
    const station = await openPack();
    await packFirst(station);
    station.pack.finishPrinting();
    await waitFor(() => expect(screen.getByTestId('pack-label').dataset.labelState).toBe('printed'));
    expect(bannerReading(await scan(station, 'SF1000000000011'))).toMatchObject({
      verdict: 'shipped',
      tone: 'good',
    });
    await waitFor(() => expect(headerText()[0]).toBe('JD5001000002'));
    expect(bannerReading().headline).toBe('Shipped TB5001000001. Next order open');
    expect(headerText()[2]).toBe('2 / 3');
    expect(sent(station, 'pack.order')).toContainEqual({ orderId: fakePackIds.second });

    // The last packable order of the list: the held one is skipped, the bench waits again.
    await scan(station, teapot);
    station.pack.finishPrinting();
    expect(bannerReading(await scan(station, 'JDV100000000022')).headline).toBe('Shipped JD5001000002');
    expect(await screen.findByTestId('pack-waiting')).toBeTruthy();
  });

  it('refuses the parcel scan while its label is not printed, and says so', async () => {
    const station = await openPack();
    await packFirst(station);
    expect(bannerReading(await scan(station, 'SF1000000000011'))).toMatchObject({
      verdict: 'not_packed',
      tone: 'bad',
      headline: 'Label not printed yet: it cannot ship',
    });
    expect(screen.getByTestId('pack-label').textContent).toContain('Scan the parcel label to ship');
  });
});

describe('exceptions and keys', () => {
  it('reports damage with F6 in orange, and the order shows it is held (F1–F5 stay the screen keys)', async () => {
    const station = await openPack();
    await openFirst(station);
    expect(bannerReading(await pressForVerdict('F6'))).toEqual({
      verdict: 'exception',
      tone: 'warn',
      headline: 'Damaged reported. Order held',
      detail: null,
    });
    expect(sent(station, 'pack.reportException')).toEqual([{ orderId: fakePackIds.first, kind: 'damaged' }]);
    const hold = screen.getByTestId('pack-holds').querySelector('li');
    expect([...(hold?.querySelectorAll('span') ?? [])].map((part) => part.textContent)).toEqual([
      'Bench exception',
      'Damaged',
      expect.stringMatching(/^by you at /),
    ]);
    expect(window.location.hash).toBe('#/pack');
  });

  it('reports a short pick with F7', async () => {
    const station = await openPack();
    await openFirst(station);
    expect(bannerReading(await pressForVerdict('F7')).headline).toBe('Short pick reported. Order held');
  });

  it('reports "no such order" with F8 after a code nobody has', async () => {
    const station = await openPack();
    expect(bannerReading(await scan(station, 'TB0000000000'))).toMatchObject({
      verdict: 'no_such_order',
      headline: 'No such order on this station',
    });
    expect(bannerReading(await pressForVerdict('F8'))).toMatchObject({
      verdict: 'closed',
      tone: 'warn',
      headline: 'No such order reported to the back office',
    });
    expect(sent(station, 'pack.scan').at(-1)).toEqual({ code: 'CMD-NO-SUCH-ORDER', openOrderId: null });
  });

  it('leaves the order with Esc', async () => {
    const station = await openPack();
    await openFirst(station);
    expect(bannerReading(await pressForVerdict('Escape')).headline).toBe('Order left');
    expect(sent(station, 'pack.scan').at(-1)).toEqual({ code: 'CMD-CANCEL', openOrderId: fakePackIds.first });
    expect(screen.getByTestId('pack-waiting')).toBeTruthy();
  });

  it('reprints with F9 after asking why; Esc cancels the question', async () => {
    const station = await openPack();
    await packFirst(station);
    press('F9');
    fireEvent.keyDown(screen.getByRole('textbox', { name: /Why\?/ }), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();

    press('F9');
    const reason = screen.getByRole('textbox', { name: /Why\?/ });
    fireEvent.change(reason, { target: { value: 'label torn' } });
    fireEvent.submit(reason);
    await waitFor(() => expect(banner().dataset.verdict).toBe('reprinted'));
    expect(bannerReading().headline).toBe('Label sent to the printer again');
    expect(sent(station, 'pack.reprint')).toEqual([{ orderId: fakePackIds.first, reason: 'label torn' }]);
  });
});

describe('held orders', () => {
  it('refuses a held order and shows its holds with the hold-list age', async () => {
    const station = await openPack();
    expect(bannerReading(await scan(station, `ORD-${fakePackIds.held}`))).toMatchObject({
      verdict: 'held',
      tone: 'bad',
      headline: 'Held! Do not pack',
    });
    const holds = screen.getByTestId('pack-holds');
    expect([...holds.querySelectorAll('li span')].map((part) => part.textContent)).toEqual([
      'Address unclear',
      '“附近”',
      expect.stringMatching(/^by rules at /),
    ]);
    expect(within(holds).getByTestId('pack-hold-age').textContent).toMatch(/^Hold list as of /);
    // Its items are refused as well.
    expect(bannerReading(await scan(station, '6901234000047')).verdict).toBe('held');
  });
});

describe('pack screen in Chinese', () => {
  it('asks, counts and refuses in Chinese', async () => {
    const station = await openPack(createFakeStation({ signedIn: 'packer' }), 'zh-CN');
    expect(screen.getByTestId('pack-waiting').textContent).toContain('请扫描订单或拣货单');
    await openFirst(station);
    expect(bannerReading(await scan(station, teapot))).toEqual({
      verdict: 'wrong_item',
      tone: 'bad',
      headline: '商品错误！不属于本订单',
      detail: `扫描内容：${teapot}`,
    });
    expect(screen.getByRole('list', { name: '按键' }).textContent).toContain('F6 破损');
  });
});
