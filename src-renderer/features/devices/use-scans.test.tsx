import { act, cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../src-shared/features/devices';
import { bridgeOver, BridgeProvider } from '../../app/bridge';
import { createFakeBridgeApi, type FakeBridgeApi } from '../../app/bridge/bridge-api.fake';
import { useScans } from './index';

const startedAt = Date.parse('2025-06-01T10:00:00.000Z');

function PackBench(props: { onScan: (scan: ScanEvent) => void; isEnabled?: boolean }) {
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState<string[]>([]);
  useScans(props.onScan, { isEnabled: props.isEnabled ?? true });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted((all) => [...all, search]);
      }}
    >
      <input aria-label="Search" value={search} onChange={(event) => setSearch(event.target.value)} />
      <button type="button">Pack</button>
      <output aria-label="Echo">{search}</output>
      <output aria-label="Submitted">{submitted.join('|')}</output>
    </form>
  );
}

function setUp(isEnabled = true) {
  const api = createFakeBridgeApi();
  const scans: ScanEvent[] = [];
  const view = render(
    <BridgeProvider bridge={bridgeOver(api)}>
      <PackBench onScan={(scan) => scans.push(scan)} isEnabled={isEnabled} />
    </BridgeProvider>,
  );
  const input = screen.getByLabelText<HTMLInputElement>('Search');
  return { api, scans, view, input };
}

/** A keydown as the browser delivers it, followed by what the browser does when nobody cancels it. */
function press(key: string) {
  const target = document.activeElement ?? document.body;
  const event = createEvent.keyDown(target, { key });
  fireEvent(target, event);
  if (event.defaultPrevented || !(target instanceof HTMLInputElement)) return;
  if (key.length === 1) {
    act(() => {
      target.setRangeText(key, target.selectionStart ?? 0, target.selectionEnd ?? 0, 'end');
      target.dispatchEvent(new InputEvent('input', { bubbles: true, data: key }));
    });
  }
  if (key === 'Enter') act(() => target.form?.requestSubmit());
}

function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Types `keys` one every `gapMs`, as a scanner or a person would. */
function typeKeys(keys: readonly string[], gapMs: number) {
  for (const key of keys) {
    press(key);
    wait(gapMs);
  }
}

const text = (label: string) => screen.getByLabelText(label).textContent;

beforeEach(() => {
  vi.useFakeTimers({ now: startedAt });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useScans with a keyboard-wedge scanner', () => {
  it('keeps a scan out of the focused field and reports it once, Enter and all', () => {
    const { scans, input } = setUp();
    input.focus();
    typeKeys([...'TOTE-104233', 'Enter'], 8);
    wait(500);

    expect(input.value).toBe('');
    expect(text('Echo')).toBe('');
    expect(text('Submitted')).toBe('');
    expect(scans).toEqual([{ code: 'TOTE-104233', source: 'keyboard', at: '2025-06-01T10:00:00.088Z' }]);
  });

  it('gives slow typing to the field within the gap, where React sees it, and Enter submits it', () => {
    const { scans, input } = setUp();
    input.focus();
    const seen: string[] = [];
    for (const key of 'bin a1') {
      press(key);
      wait(30);
      seen.push(input.value);
      wait(120);
    }
    press('Enter');

    expect(seen).toEqual(['b', 'bi', 'bin', 'bin ', 'bin a', 'bin a1']);
    expect(text('Echo')).toBe('bin a1');
    expect(text('Submitted')).toBe('bin a1');
    expect(scans).toEqual([]);
  });

  it('types given-back keys at the caret, not at the end', () => {
    const { input } = setUp();
    input.focus();
    typeKeys([...'A-03'], 200);
    input.setSelectionRange(2, 2);
    typeKeys([...'01'], 12); // a roll-over pair: held together, then given back together
    wait(100);
    expect(input.value).toBe('A-0103');
    expect(text('Echo')).toBe('A-0103');
  });

  it('leaves Space to a focused button, which it presses', () => {
    setUp();
    const button = screen.getByRole('button', { name: 'Pack' });
    button.focus();
    const space = createEvent.keyDown(button, { key: ' ' });
    fireEvent(button, space);
    expect(space.defaultPrevented).toBe(false);
  });

  it('keeps scans from page shortcuts but lets typed keys reach them', () => {
    setUp();
    const shortcuts: string[] = [];
    const onKey = (event: KeyboardEvent) => shortcuts.push(event.key);
    window.addEventListener('keydown', onKey);
    try {
      typeKeys(['h'], 200);
      typeKeys([...'CMD-SHORT', 'Enter'], 6);
      wait(200);
      expect(shortcuts).toEqual(['h']);
    } finally {
      window.removeEventListener('keydown', onKey);
    }
  });
});

describe('useScans with scanners in main', () => {
  function emitUsbScan(api: FakeBridgeApi, code: string) {
    act(() => api.emit('scan.received', { code, source: 'usb-0c2e-0b8f', at: '2025-06-01T10:00:05.000Z' }));
  }

  it('merges USB scans from main with keyboard-wedge scans in one stream', () => {
    const { api, scans } = setUp();
    emitUsbScan(api, 'ORD-01JZ3K8Q4M5N6P7R8S9T0V1W2X');
    typeKeys([...'BIN-A-01-02-03', 'Enter'], 7);
    emitUsbScan(api, 'SF1234567890123');

    expect(scans.map((scan) => [scan.source, scan.code])).toEqual([
      ['usb-0c2e-0b8f', 'ORD-01JZ3K8Q4M5N6P7R8S9T0V1W2X'],
      ['keyboard', 'BIN-A-01-02-03'],
      ['usb-0c2e-0b8f', 'SF1234567890123'],
    ]);
  });

  it('hears nothing and holds nothing back while disabled', () => {
    const { api, scans, input } = setUp(false);
    input.focus();
    emitUsbScan(api, 'TOTE-1234');
    typeKeys([...'TOTE-1234'], 6);
    expect(input.value).toBe('TOTE-1234');
    expect(scans).toEqual([]);
  });
});
