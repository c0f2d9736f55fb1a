/** One interface of a USB device, as its descriptors announce it. */
export type UsbInterfaceInfo = {
  readonly interfaceNumber: number;
  /** 3 is HID. */
  readonly interfaceClass: number;
  /** 1 is "boot interface" for HID. */
  readonly interfaceSubclass: number;
  /** 1 is keyboard for a HID boot interface. */
  readonly interfaceProtocol: number;
  /** The interrupt IN endpoint reports arrive on; null when the interface has none. */
  readonly inEndpoint: { readonly endpointNumber: number; readonly packetSize: number } | null;
};

/** A USB device as the bus lists it, before anyone opens it. */
export type UsbDeviceInfo = {
  /** Unique while the device stays plugged in: ties a disconnect to its connect. */
  readonly key: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber: string | null;
  readonly productName: string | null;
  readonly interfaces: readonly UsbInterfaceInfo[];
};

/** Hot-plug announcements. */
export type UsbHotPlugListener = {
  connect(device: UsbDeviceInfo): void;
  disconnect(deviceKey: string): void;
};

/** One claimed HID interface of an open device. */
export type UsbInterfaceReader = {
  /** The interface's HID report descriptor (it says which usage pages the device reports). */
  readReportDescriptor(): Promise<Uint8Array>;
  /** Asks a boot-class keyboard for the 8-byte boot report format (HID SET_PROTOCOL 0). */
  useBootProtocol(): Promise<void>;
  /**
   * The next input report, or null when none came before the read timed out. One read at a time:
   * a second call while one is in flight rejects. Rejects when the device is gone.
   */
  readReport(): Promise<Uint8Array | null>;
  /**
   * Waits for the read in flight, releases the interface, gives it back to the kernel driver and
   * closes the device. Never rejects (the device may be gone already); idempotent.
   */
  close(): Promise<void>;
};

/** The USB bus as the scanner drivers see it: the port faked in tests. */
export type UsbBus = {
  /** Devices plugged in now; empty where the machine has no USB bus at all. Never rejects. */
  listDevices(): Promise<UsbDeviceInfo[]>;
  /**
   * Subscribes to hot-plug. Resolves to the unsubscribe function, or to null when this machine
   * cannot announce hot-plug: the caller polls {@link UsbBus.listDevices} instead. Never rejects.
   */
  watch(listener: UsbHotPlugListener): Promise<(() => void) | null>;
  /** Opens the device and claims one interface for reading. Rejects when it is gone or busy. */
  openInterface(deviceKey: string, interfaceNumber: number): Promise<UsbInterfaceReader>;
};
