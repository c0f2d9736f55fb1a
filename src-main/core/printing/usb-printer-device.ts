/** One interface of a USB configuration, as far as finding a printer's bulk OUT endpoint needs. */
export type UsbInterfaceInfo = {
  readonly interfaceNumber: number;
  readonly alternate: {
    readonly interfaceClass: number;
    readonly endpoints: readonly {
      readonly endpointNumber: number;
      readonly direction: 'in' | 'out';
      readonly type: 'bulk' | 'interrupt' | 'isochronous';
    }[];
  };
};

/** A class or vendor control request (WebUSB's setup packet). */
export type UsbControlSetup = {
  readonly requestType: 'standard' | 'class' | 'vendor';
  readonly recipient: 'device' | 'interface' | 'endpoint' | 'other';
  readonly request: number;
  readonly value: number;
  readonly index: number;
};

/**
 * The port to a USB device, as much of it as printing needs, in WebUSB's words (the `usb` package
 * speaks them). The real one wraps a `usb` device (`usb-printer-finder.ts`); tests pass a fake
 * object, since there is no USB bus where they run.
 */
export type UsbPrinterDevice = {
  /** The active configuration's interfaces; null while the device is not configured. */
  readonly interfaces: readonly UsbInterfaceInfo[] | null;
  open(): Promise<void>;
  close(): Promise<void>;
  /** Claims the interface, taking it from a kernel driver (Linux `usblp`) where one holds it. */
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  /** Bulk OUT; resolves with the bytes the device took, rejects on a stall, error or timeout. */
  transferOut(endpointNumber: number, data: Uint8Array, timeoutMs: number): Promise<number>;
  /** Control IN; null when the device stalls the request (it does not support it). */
  controlTransferIn(setup: UsbControlSetup, length: number, timeoutMs: number): Promise<Uint8Array | null>;
};

/** Finds the configured printer; null when it is not plugged in. May reject (no USB bus at all). */
export type UsbPrinterFinder = () => Promise<UsbPrinterDevice | null>;
