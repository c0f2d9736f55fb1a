import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, createEvent, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceSettings, ScanEvent } from '../../../src-shared/features/devices';
import { BridgeProvider, bridgeOver } from '../../app/bridge';
import { fakeDeviceSettings } from '../../app/bridge/fake-devices.fake';
import { createFakeStation } from '../../app/bridge/fake-station.fake';
import { createQueryClient } from '../../app/create-query-client';
import { useScannerProfile, useScans } from './index';

/** A screen that reads scans with the station's profile, as the pack screen does. */
function Bench({ onScan }: { onScan: (scan: ScanEvent) => void }) {
  const profile = useScannerProfile();
  useScans(onScan, { profile });
  return <output aria-label="Profile">{profile.id}</output>;
}

function setUp(settings?: DeviceSettings) {
  const station = createFakeStation({
    signedIn: 'packer',
    ...(settings === undefined ? {} : { deviceSettings: settings }),
  });
  const queryClient = createQueryClient();
  const scans: ScanEvent[] = [];
  render(
    <QueryClientProvider client={queryClient}>
      <BridgeProvider bridge={bridgeOver(station)}>
        <Bench onScan={(scan) => scans.push(scan)} />
      </BridgeProvider>
    </QueryClientProvider>,
  );
  return { scans, queryClient };
}

/** A Bluetooth scanner: a key every 80 ms, then Enter. */
function scanSlowly(code: string) {
  for (const key of [...code, 'Enter']) {
    const event = createEvent.keyDown(document.body, { key });
    fireEvent(document.body, event);
    act(() => {
      vi.advanceTimersByTime(80);
    });
  }
  act(() => {
    vi.advanceTimersByTime(500);
  });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useScannerProfile', () => {
  it('uses the fast USB profile until the admin picks another, so a slow scanner is typing', async () => {
    const { scans } = setUp();
    await waitFor(() => expect(screen.getByLabelText('Profile').textContent).toBe('usb-wedge'));
    vi.useFakeTimers();
    scanSlowly('TOTE-104233');
    expect(scans).toEqual([]);
  });

  it('reads a Bluetooth scanner at 80 ms per key once the station uses its profile', async () => {
    const settings = fakeDeviceSettings();
    const { scans } = setUp({
      ...settings,
      scanner: { ...settings.scanner, timing: { kind: 'built-in', profileId: 'bluetooth-wedge' } },
    });
    await waitFor(() => expect(screen.getByLabelText('Profile').textContent).toBe('bluetooth-wedge'));
    vi.useFakeTimers();
    scanSlowly('TOTE-104233');
    expect(scans.map((scan) => scan.code)).toEqual(['TOTE-104233']);
  });
});
