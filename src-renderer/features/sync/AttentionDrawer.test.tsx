import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeStation } from '../../app/bridge/fake-station.fake';
import { rejectedHold } from '../../app/bridge/fake-sync.fake';
import type { Language } from '../../app/i18n';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';

const apps: RenderedApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
});

const refusedRelease = rejectedHold({
  commandId: '01JF0000000000000000000011',
  type: 'order.released',
  orderId: 'o-2',
  orderLabel: 'JD7710023345',
  code: 'hold_not_found',
  message: 'Order JD7710023345 has no hold h-1; it may have been released already',
  actorId: 'u-supervisor',
});

async function openDrawer(language: Language = 'en') {
  window.history.replaceState(null, '', '/#/orders');
  const station = createFakeStation({ signedIn: 'clerk', attention: [rejectedHold(), refusedRelease] });
  apps.push(renderApp(station, { language }));
  fireEvent.click(await screen.findByTestId('attention-button'));
  const drawer = await screen.findByRole('dialog');
  await within(drawer).findAllByRole('listitem');
  return { station, drawer };
}

/** Each item's lines joined by " | ", the parts of a line by spaces, as a person reads them. */
function itemTexts(drawer: HTMLElement): string[] {
  const lineText = (line: Element) =>
    line.children.length > 0
      ? [...line.children].map((part) => part.textContent).join(' ')
      : line.textContent;
  return within(drawer)
    .queryAllByRole('listitem')
    .map((item) => [...item.querySelectorAll('p')].map(lineText).join(' | '));
}

describe('needs attention', () => {
  it('lists each refused change with what, which order, why, who and when', async () => {
    const { drawer } = await openDrawer();
    const at = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short', hour12: false }).format(
        new Date(iso),
      );
    expect(itemTexts(drawer)).toEqual([
      `Hold order SH1005 | The order has already shipped. | Order SH1005 has already shipped | By you at ${at(rejectedHold().issuedAt)} · refused ${at(rejectedHold().rejectedAt)}`,
      `Release hold JD7710023345 | The hold had already been released. | Order JD7710023345 has no hold h-1; it may have been released already | By u-supervisor at ${at(refusedRelease.issuedAt)} · refused ${at(refusedRelease.rejectedAt)}`,
    ]);
  });

  it('gives the reason in Chinese', async () => {
    const { drawer } = await openDrawer('zh-CN');
    expect(within(drawer).getByRole('heading', { name: '需要处理' })).toBeTruthy();
    expect(within(drawer).getByText('该订单已发货。')).toBeTruthy();
    expect(within(drawer).getByText('该挂起已被解除。')).toBeTruthy();
    expect(within(drawer).getAllByRole('button', { name: '知道了' })).toHaveLength(2);
  });

  it('dismisses one item, then shows the empty state when the last one goes', async () => {
    const { station, drawer } = await openDrawer();
    const [first, second] = within(drawer).getAllByRole('button', { name: 'Dismiss' });

    fireEvent.click(first!);
    await waitFor(() => expect(within(drawer).getAllByRole('listitem')).toHaveLength(1));
    expect(station.calls.filter((call) => call.channel === 'attention.dismiss')).toEqual([
      { channel: 'attention.dismiss', input: { commandId: rejectedHold().commandId } },
    ]);
    expect((await screen.findByTestId('attention-button')).textContent).toBe('1need attention');

    fireEvent.click(second!);
    expect((await within(drawer).findByTestId('attention-empty')).textContent).toBe(
      'Nothing needs attention: the hub accepted every change made at this station.',
    );
    await waitFor(() => expect(screen.queryByTestId('attention-button')).toBeNull());
  });

  it('re-reads the list when the station pulls a new rejection', async () => {
    const { station, drawer } = await openDrawer();
    const third = rejectedHold({ commandId: '01JF0000000000000000000012', orderLabel: 'TB3829140021' });
    station.setAttention([rejectedHold(), refusedRelease, third]);
    act(() => station.setSync({ needsAttention: 3 }));
    await waitFor(() => expect(within(drawer).getAllByRole('listitem')).toHaveLength(3));
  });
});
