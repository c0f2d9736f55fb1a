import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createFakeStation, type FakeStation } from '../../app/bridge/fake-station.fake';
import type { Language } from '../../app/i18n';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';

// Test helpers of the pack screen: open it over a fake station, scan, read it as a packer does.

const apps: RenderedApp[] = [];

/** Unmounts every app opened here; call it after each test. */
export function closePackApps(): void {
  for (const app of apps.splice(0)) app.close();
  window.history.replaceState(null, '', '/');
}

/** Opens the pack screen signed in as a packer and waits until it shows its queue. */
export async function openPack(
  station: FakeStation = createFakeStation({ signedIn: 'packer' }),
  language: Language = 'en',
): Promise<FakeStation> {
  window.history.replaceState(null, '', '/#/pack');
  apps.push(renderApp(station, { language }));
  await screen.findByTestId('pack-unlabelled');
  return station;
}

/** The verdict banner. */
export function banner(): HTMLElement {
  return screen.getByTestId('pack-verdict');
}

function paintedSeq(): number {
  return Number(screen.queryByTestId('pack-verdict')?.dataset.seq ?? '0');
}

/** Waits until one more verdict than `before` is painted, and answers the banner. */
async function nextVerdict(before: number): Promise<HTMLElement> {
  await waitFor(() => expect(paintedSeq()).toBe(before + 1));
  return banner();
}

/** A USB scanner reads `code` (main's `scan.received`); resolves when its verdict is painted. */
export async function scan(station: FakeStation, code: string): Promise<HTMLElement> {
  const before = paintedSeq();
  station.emit('scan.received', { code, source: 'usb-scanner', at: new Date().toISOString() });
  return nextVerdict(before);
}

/** Presses a key on the page; resolves when the verdict it asked for is painted. */
export async function pressForVerdict(key: string): Promise<HTMLElement> {
  const before = paintedSeq();
  press(key);
  return nextVerdict(before);
}

/** Presses a key with the focus wherever it is. */
export function press(key: string): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
}

/** The banner as the packer reads it: `data-verdict`, its colour, headline and detail. */
export function bannerReading(element: HTMLElement = banner()) {
  const tone = [...element.classList].find((name) => name.startsWith('pack-verdict--'))?.slice(14);
  return {
    verdict: element.dataset.verdict,
    tone,
    headline: element.querySelector('.pack-verdict__headline')?.textContent,
    detail: element.querySelector('.pack-verdict__detail')?.textContent ?? null,
  };
}

/** Each line as a row reads across: bin, name, internal code, counted; `*` marks the line just counted. */
export function lineRows(): string[] {
  return screen.getAllByTestId('pack-line').map((line) => {
    const parts = ['bin', 'name', 'code', 'numbers'].map(
      (part) => line.querySelector(`.pack-line__${part}`)?.textContent ?? '',
    );
    return `${line.getAttribute('aria-current') === 'true' ? '* ' : ''}${parts.join(' | ')}`;
  });
}

/** The open order's header, its parts in reading order. */
export function headerText(): string[] {
  const header = screen.getByTestId('pack-order').querySelector('.pack-order__header');
  return [...(header?.querySelectorAll('h2, p') ?? [])].map((part) => part.textContent ?? '');
}

/** Every input the screen sent on `channel`, in order. */
export function sent(station: FakeStation, channel: string): unknown[] {
  return station.calls.filter((call) => call.channel === channel).map((call) => call.input);
}
