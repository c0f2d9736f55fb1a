import type { Device, ScanEvent } from '../../../src-shared/features/devices';

/** A state a device can be in (`paper_out` is a state, not an error). */
export type DeviceState = Device['state'];

/** Anything that reads barcodes: keyboard wedge, USB HID, HID POS, or the simulated one. */
export type ScannerPort = {
  readonly id: string;
  describe(): Device;
  /** Returns the function that unsubscribes. */
  onScan(listener: (scan: ScanEvent) => void): () => void;
  close(): Promise<void>;
};

/** A label or receipt printer. Printing arrives with the spooler (Step 3); status is here now. */
export type PrinterPort = {
  readonly id: string;
  describe(): Device;
  /** Returns the function that unsubscribes. */
  onStatus(listener: (state: DeviceState) => void): () => void;
  close(): Promise<void>;
};
