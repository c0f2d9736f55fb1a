import { describe, expect, it } from 'vitest';
import type { UsbControlSetup, UsbInterfaceInfo, UsbPrinterDevice } from './usb-printer-device';
import { findUsbPrinter } from './usb-printer-finder';
import { createUsbTransport } from './usb-transport';

// A printer-class interface (7) with a bulk OUT endpoint 2 and a bulk IN endpoint 1, as a label
// printer reports it; interface 0 is something else (a vendor interface).
const interfaces: UsbInterfaceInfo[] = [
  { interfaceNumber: 0, alternate: { interfaceClass: 255, endpoints: [] } },
  {
    interfaceNumber: 1,
    alternate: {
      interfaceClass: 7,
      endpoints: [
        { endpointNumber: 1, direction: 'in', type: 'bulk' },
        { endpointNumber: 2, direction: 'out', type: 'bulk' },
      ],
    },
  },
];

type FakeUsbPrinter = UsbPrinterDevice & {
  readonly written: number[][];
  readonly controlRequests: UsbControlSetup[];
  portStatus: number;
  /** Transfers from this one on fail. */
  failFromTransfer: number;
  claimed: number | null;
  isOpen: boolean;
};

function fakeUsbPrinter(): FakeUsbPrinter {
  let transfers = 0;
  const device: FakeUsbPrinter = {
    interfaces,
    written: [],
    controlRequests: [],
    portStatus: 0x18,
    failFromTransfer: Number.POSITIVE_INFINITY,
    claimed: null,
    isOpen: false,
    open() {
      device.isOpen = true;
      return Promise.resolve();
    },
    close() {
      device.isOpen = false;
      return Promise.resolve();
    },
    claimInterface(n) {
      device.claimed = n;
      return Promise.resolve();
    },
    releaseInterface() {
      device.claimed = null;
      return Promise.resolve();
    },
    transferOut(endpoint, data) {
      transfers += 1;
      if (transfers >= device.failFromTransfer) return Promise.reject(new Error('LIBUSB_ERROR_TIMEOUT'));
      device.written.push([endpoint, ...data]);
      return Promise.resolve(data.byteLength);
    },
    controlTransferIn(setup, length) {
      device.controlRequests.push(setup);
      return Promise.resolve(Uint8Array.of(device.portStatus).subarray(0, length));
    },
  };
  return device;
}

describe('USB printer class transport', () => {
  it('sends the job in chunks on the printer interface’s bulk OUT endpoint after GET_PORT_STATUS', async () => {
    const device = fakeUsbPrinter();
    const transport = createUsbTransport({
      address: 'usb://0a5f:0164',
      find: () => Promise.resolve(device),
      chunkBytes: 4,
    });
    const job = new TextEncoder().encode('^XA^XZ');
    expect(await transport.send(job, { whenSilent: 'hold' })).toEqual({
      ok: true,
      byteCount: 6,
      status: { state: 'ready', problems: [], hasAnswered: true },
    });
    expect(device.written).toEqual([
      [2, ...new TextEncoder().encode('^XA^')],
      [2, ...new TextEncoder().encode('XZ')],
    ]);
    expect(device.controlRequests).toEqual([
      { requestType: 'class', recipient: 'interface', request: 1, value: 0, index: 1 },
    ]);
    expect(device.claimed).toBe(1);
    await transport.close();
    expect([device.claimed, device.isOpen]).toEqual([null, false]);
  });

  it('sends nothing to a printer out of paper and reports its state', async () => {
    const device = fakeUsbPrinter();
    device.portStatus = 0x38;
    const transport = createUsbTransport({ address: 'usb://0a5f:0164', find: () => Promise.resolve(device) });
    const result = await transport.send(Uint8Array.of(1, 2, 3), { whenSilent: 'hold' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'not_ready',
      delivery: 'none',
      status: { state: 'paper_out' },
    });
    expect(device.written).toEqual([]);
    expect(await transport.queryStatus()).toMatchObject({ state: 'paper_out' });
    await transport.close();
  });

  it('reports a transfer cut off mid-job as maybe delivered and finds the device again next time', async () => {
    const device = fakeUsbPrinter();
    device.failFromTransfer = 2;
    let searches = 0;
    const transport = createUsbTransport({
      address: 'usb://0a5f:0164',
      find: () => {
        searches += 1;
        return Promise.resolve(device);
      },
      chunkBytes: 2,
    });
    const result = await transport.send(Uint8Array.of(1, 2, 3, 4), { whenSilent: 'hold' });
    expect(result).toEqual({
      ok: false,
      reason: 'stalled',
      delivery: 'unknown',
      message: 'LIBUSB_ERROR_TIMEOUT',
    });
    expect(device.isOpen).toBe(false);
    await transport.queryStatus();
    expect(searches).toBe(2);
    await transport.close();
  });

  it('shows an unplugged printer, or a device without a printer interface, as offline', async () => {
    const unplugged = createUsbTransport({ address: 'usb://0a5f:0164', find: () => Promise.resolve(null) });
    const other = createUsbTransport({
      address: 'usb://046d:c52b',
      find: () => Promise.resolve({ ...fakeUsbPrinter(), interfaces: [interfaces[0]!] }),
    });
    expect([await unplugged.queryStatus(), await other.queryStatus()]).toMatchObject([
      { state: 'offline', message: 'the USB printer is not plugged in' },
      { state: 'offline', message: 'the USB device has no printer interface with a bulk OUT endpoint' },
    ]);
    expect(await unplugged.send(Uint8Array.of(1), { whenSilent: 'send' })).toMatchObject({
      ok: false,
      reason: 'unreachable',
      delivery: 'none',
    });
  });

  it('is created and asked on a machine without a USB bus without crashing: the printer is offline', async () => {
    const transport = createUsbTransport({
      address: 'usb://0a5f:0164',
      find: findUsbPrinter({ vendorId: 0x0a5f, productId: 0x0164 }),
    });
    const status = await transport.queryStatus();
    const sent = await transport.send(Uint8Array.of(1), { whenSilent: 'send' });
    expect([status.state, sent.ok, sent.ok ? null : sent.delivery]).toEqual(['offline', false, 'none']);
    expect(status.message).toMatch(/^USB is not available: /);
    await transport.close();
  });
});
