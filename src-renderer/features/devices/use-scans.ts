import { useEffect, useEffectEvent } from 'react';
import { type ScanEvent, type ScannerProfile, usbWedgeProfile } from '../../../src-shared/features/devices';
import { useBridge } from '../../app/bridge';
import { useWedgeScanner } from './use-wedge-scanner';

/** Options of {@link useScans}. */
export type UseScansOptions = {
  /** The keyboard-wedge scanner's timing profile; default the fast USB one. Keep it stable. */
  readonly profile?: ScannerProfile;
  /** False while another screen owns the scanners. */
  readonly isEnabled?: boolean;
};

/** The `source` of scans read through the keyboard wedge on this page. */
export const keyboardScanSource = 'keyboard';

/**
 * One stream of every barcode read at this station: keyboard-wedge bursts on this page and the
 * `scan.received` events of the scanners main reads over USB. Use it once per page.
 */
export function useScans(onScan: (scan: ScanEvent) => void, options: UseScansOptions = {}): void {
  const { profile = usbWedgeProfile, isEnabled = true } = options;
  const bridge = useBridge();
  const announce = useEffectEvent((scan: ScanEvent) => onScan(scan));

  useWedgeScanner({
    profile,
    isEnabled,
    onScan: ({ code, symbology }) =>
      onScan({
        code,
        ...(symbology === undefined ? {} : { symbology }),
        source: keyboardScanSource,
        at: new Date().toISOString(),
      }),
  });

  useEffect(() => {
    if (!isEnabled) return undefined;
    return bridge.subscribe('scan.received', (scan) => announce(scan));
  }, [bridge, isEnabled]);
}
