// The part of the `usb` package's WebUSB API the driver uses, typed here: the package's own
// declarations lean on the browser's WebUSB types, which main does not load.

/** A control transfer's setup packet. */
export type WebUsbControlSetup = {
  readonly requestType: 'standard' | 'class' | 'vendor';
  readonly recipient: 'device' | 'interface' | 'endpoint' | 'other';
  readonly request: number;
  readonly value: number;
  readonly index: number;
};

/** What an IN transfer returns; no data when the device stalled. */
export type WebUsbInResult = { readonly data?: DataView | undefined; readonly status: string };

/** One configuration as the device describes it. */
export type WebUsbConfiguration = {
  readonly configurationValue: number;
  readonly interfaces: readonly {
    readonly interfaceNumber: number;
    readonly alternate: {
      readonly interfaceClass: number;
      readonly interfaceSubclass: number;
      readonly interfaceProtocol: number;
      readonly endpoints: readonly {
        readonly endpointNumber: number;
        readonly direction: string;
        readonly type: string;
        readonly packetSize: number;
      }[];
    };
  }[];
};

/** A device of the `usb` package. */
export type WebUsbDevice = {
  readonly vendorId: number;
  readonly productId: number;
  readonly bus: string;
  readonly address: number;
  readonly serialNumber?: string | null | undefined;
  readonly productName?: string | null | undefined;
  readonly configuration?: WebUsbConfiguration | null | undefined;
  readonly configurations: readonly WebUsbConfiguration[];
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(configurationValue: number): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  detachKernelDriver(interfaceNumber: number): Promise<void>;
  attachKernelDriver(interfaceNumber: number): Promise<void>;
  transferIn(endpointNumber: number, length: number, timeout?: number): Promise<WebUsbInResult>;
  controlTransferIn(setup: WebUsbControlSetup, length: number, timeout?: number): Promise<WebUsbInResult>;
  controlTransferOut(setup: WebUsbControlSetup, data: Uint8Array, timeout?: number): Promise<unknown>;
};

/** Listener of the `connect` and `disconnect` events. */
export type WebUsbConnectionListener = (event: { readonly device: WebUsbDevice }) => void;

/** The `usb` package's `usb` object (WebUSB, every device allowed). */
export type WebUsbApi = {
  getDevices(): Promise<WebUsbDevice[]>;
  addEventListener(type: 'connect' | 'disconnect', listener: WebUsbConnectionListener): void;
  removeEventListener(type: 'connect' | 'disconnect', listener: WebUsbConnectionListener): void;
};
