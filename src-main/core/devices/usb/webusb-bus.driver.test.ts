import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logging';
import { createWebUsbBus } from './index';
import type { WebUsbApi, WebUsbConfiguration, WebUsbConnectionListener, WebUsbDevice } from './webusb-api';

// The driver against a scripted stand-in for the `usb` package (no USB hardware here): what it
// asks of the library, in which order, and how it reads the library's answers.

const logger = createLogger('webusb-test', { level: 'silent' });

const configuration: WebUsbConfiguration = {
  configurationValue: 1,
  interfaces: [
    {
      interfaceNumber: 0,
      alternate: {
        interfaceClass: 3,
        interfaceSubclass: 0,
        interfaceProtocol: 0,
        endpoints: [
          { endpointNumber: 2, direction: 'out', type: 'interrupt', packetSize: 64 },
          { endpointNumber: 1, direction: 'in', type: 'interrupt', packetSize: 64 },
        ],
      },
    },
  ],
};

type Transfer = { resolve: (data: Uint8Array) => void; reject: (error: Error) => void };

function scriptedDevice(options: { hasKernelDriver?: boolean; failClaim?: boolean } = {}) {
  const calls: string[] = [];
  const transfers: Transfer[] = [];
  // Each library call is noted; `fails` makes it reject with that error after noting it.
  const step =
    (name: string, fails?: string) =>
    (n?: number): Promise<void> => {
      calls.push(n === undefined ? name : `${name} ${n}`);
      return fails === undefined ? Promise.resolve() : Promise.reject(new Error(fails));
    };
  const device: WebUsbDevice = {
    vendorId: 0x0c2e,
    productId: 0x0b87,
    bus: '1-2',
    address: 5,
    serialNumber: 'SN1',
    productName: 'Voyager 1450g',
    configuration: null, // not configured yet, as after plugging in on some systems
    configurations: [configuration],
    open: step('open'),
    close: step('close'),
    selectConfiguration: step('select-configuration'),
    claimInterface: step('claim', options.failClaim === true ? 'LIBUSB_ERROR_BUSY' : undefined),
    releaseInterface: step('release'),
    detachKernelDriver: step(
      'detach-kernel-driver',
      options.hasKernelDriver === false ? 'LIBUSB_ERROR_NOT_FOUND' : undefined,
    ),
    attachKernelDriver: step('attach-kernel-driver'),
    transferIn(endpoint, length, timeout) {
      calls.push(`transfer-in ${endpoint} ${length} ${timeout}`);
      return new Promise((resolve, reject) => {
        transfers.push({
          resolve: (data) => resolve({ data: new DataView(data.buffer), status: 'ok' }),
          reject,
        });
      });
    },
    controlTransferIn(setup, length) {
      calls.push(`control-in ${JSON.stringify(setup)} ${length}`);
      return Promise.resolve({ data: new DataView(Uint8Array.of(0x06, 0x8c, 0x00).buffer), status: 'ok' });
    },
    controlTransferOut(setup, data) {
      calls.push(`control-out ${JSON.stringify(setup)} ${data.length}`);
      return Promise.resolve({ bytesWritten: 0, status: 'ok' });
    },
  };
  const listeners = new Map<string, WebUsbConnectionListener>();
  const api: WebUsbApi = {
    getDevices: () => Promise.resolve([device]),
    addEventListener: (type, listener) => void listeners.set(type, listener),
    removeEventListener: (type) => void listeners.delete(type),
  };
  const bus = createWebUsbBus({ logger, loadUsb: () => Promise.resolve(api), readTimeoutMs: 1000 });
  return { bus, calls, transfers, listeners, device };
}

describe('the USB bus over the usb package', () => {
  it('configures, detaches the kernel driver and claims; reads reports; treats "Cancelled" as no data', async () => {
    const { bus, calls, transfers } = scriptedDevice();
    const reader = await bus.openInterface('1-2/5', 0);
    expect(await reader.readReportDescriptor()).toEqual(Uint8Array.of(0x06, 0x8c, 0x00));
    await reader.useBootProtocol();

    const first = reader.readReport();
    transfers.shift()?.resolve(Uint8Array.of(0x02, 0x01, 0x41));
    expect(await first).toEqual(Uint8Array.of(0x02, 0x01, 0x41));
    const second = reader.readReport();
    transfers.shift()?.reject(new Error('Cancelled'));
    expect(await second).toBeNull();

    expect(calls).toEqual([
      'open',
      'select-configuration 1',
      'detach-kernel-driver 0',
      'claim 0',
      'control-in {"recipient":"interface","index":0,"requestType":"standard","request":6,"value":8704} 4096',
      'control-out {"recipient":"interface","index":0,"requestType":"class","request":11,"value":0} 0',
      'transfer-in 1 64 1000',
      'transfer-in 1 64 1000',
    ]);
  });

  it('releases only after the read in flight ends, then gives the interface back to the kernel', async () => {
    const { bus, calls, transfers } = scriptedDevice();
    const reader = await bus.openInterface('1-2/5', 0);
    const reading = reader.readReport();
    const closing = reader.close();
    await Promise.resolve();
    expect(calls.at(-1)).toBe('transfer-in 1 64 1000');
    transfers.shift()?.reject(new Error('Cancelled'));
    await closing;
    expect(await reading).toBeNull();
    expect(calls.slice(-3)).toEqual(['release 0', 'attach-kernel-driver 0', 'close']);
  });

  it('does not attach a kernel driver that was never detached, and undoes a failed claim', async () => {
    const withoutDriver = scriptedDevice({ hasKernelDriver: false });
    await (await withoutDriver.bus.openInterface('1-2/5', 0)).close();
    expect(withoutDriver.calls.slice(-2)).toEqual(['release 0', 'close']);

    const busy = scriptedDevice({ failClaim: true });
    await expect(busy.bus.openInterface('1-2/5', 0)).rejects.toThrow('LIBUSB_ERROR_BUSY');
    expect(busy.calls.slice(-3)).toEqual(['claim 0', 'attach-kernel-driver 0', 'close']);
  });

  it('passes hot-plug events on as device descriptions and keys', async () => {
    const { bus, listeners, device } = scriptedDevice();
    const heard: unknown[] = [];
    const unwatch = await bus.watch({
      connect: (info) => heard.push(info),
      disconnect: (key) => heard.push(key),
    });
    listeners.get('connect')?.({ device });
    listeners.get('disconnect')?.({ device });
    unwatch?.();
    expect(listeners.size).toBe(0);
    expect(heard).toEqual([
      {
        key: '1-2/5',
        vendorId: 0x0c2e,
        productId: 0x0b87,
        serialNumber: 'SN1',
        productName: 'Voyager 1450g',
        interfaces: [
          {
            interfaceNumber: 0,
            interfaceClass: 3,
            interfaceSubclass: 0,
            interfaceProtocol: 0,
            inEndpoint: { endpointNumber: 1, packetSize: 64 },
          },
        ],
      },
      '1-2/5',
    ]);
  });

  it('has no devices and no hot-plug where the package cannot load', async () => {
    const bus = createWebUsbBus({ logger, loadUsb: () => Promise.reject(new Error('no native binding')) });
    expect(await bus.listDevices()).toEqual([]);
    expect(await bus.watch({ connect: () => undefined, disconnect: () => undefined })).toBeNull();
  });
});
