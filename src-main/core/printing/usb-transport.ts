import { messageOf } from './error-message';
import { notAnsweringStatus, type PrinterStatus, unreachableStatus } from './printer-status';
import type { PrinterTransport, SendResult } from './printer-transport';
import { parsePortStatus, portStatusRequest, usbPrinterClass } from './usb-port-status';
import type { UsbInterfaceInfo, UsbPrinterDevice, UsbPrinterFinder } from './usb-printer-device';

/** Which USB printer, and how long each transfer may take. */
export type UsbTransportOptions = {
  /** For people: `usb://0a5f:0164`. */
  readonly address: string;
  readonly find: UsbPrinterFinder;
  /** Longest wait for the device to take one chunk; defaults to 10 s. */
  readonly transferTimeoutMs?: number;
  /** Bytes per bulk transfer; defaults to 16 KiB. */
  readonly chunkBytes?: number;
  /** Defaults to 1 s. */
  readonly statusTimeoutMs?: number;
};

type Session = {
  readonly device: UsbPrinterDevice;
  readonly interfaceNumber: number;
  readonly endpointNumber: number;
};

/**
 * The USB printer class: job bytes on the printer interface's bulk OUT endpoint, status by the
 * class's GET_PORT_STATUS request. The device is found and claimed on first use and kept while it
 * works; any failure lets it go, so an unplugged printer is found again when it comes back. With
 * no USB bus at all the finder rejects and the printer is simply `offline`.
 */
export function createUsbTransport(options: UsbTransportOptions): PrinterTransport {
  const transferTimeoutMs = options.transferTimeoutMs ?? 10_000;
  const chunkBytes = options.chunkBytes ?? 16_384;
  const statusTimeoutMs = options.statusTimeoutMs ?? 1000;
  let session: Session | null = null;

  async function openSession(): Promise<Session | string> {
    if (session !== null) return session;
    let device: UsbPrinterDevice | null;
    try {
      device = await options.find();
    } catch (error) {
      return `USB is not available: ${messageOf(error)}`;
    }
    if (device === null) return 'the USB printer is not plugged in';
    const printer = printerInterface(device.interfaces ?? []);
    if (printer === null) return 'the USB device has no printer interface with a bulk OUT endpoint';
    try {
      await device.open();
      await device.claimInterface(printer.interfaceNumber);
    } catch (error) {
      await device.close().catch(() => {});
      return `the USB printer cannot be opened: ${messageOf(error)}`;
    }
    session = { device, ...printer };
    return session;
  }

  async function dropSession(): Promise<void> {
    const current = session;
    session = null;
    if (current === null) return;
    await current.device.releaseInterface(current.interfaceNumber).catch(() => {});
    await current.device.close().catch(() => {});
  }

  async function portStatus(current: Session): Promise<PrinterStatus> {
    try {
      const answer = await current.device.controlTransferIn(
        portStatusRequest(current.interfaceNumber),
        1,
        statusTimeoutMs,
      );
      const byte = answer?.[0];
      return byte === undefined
        ? notAnsweringStatus('the printer stalled GET_PORT_STATUS')
        : parsePortStatus(byte);
    } catch (error) {
      await dropSession();
      return unreachableStatus(messageOf(error));
    }
  }

  async function transfer(current: Session, bytes: Uint8Array): Promise<SendResult> {
    for (let offset = 0; offset < bytes.byteLength; offset += chunkBytes) {
      const chunk = bytes.subarray(offset, offset + chunkBytes);
      try {
        const taken = await current.device.transferOut(current.endpointNumber, chunk, transferTimeoutMs);
        if (taken < chunk.byteLength)
          throw new Error(`the printer took ${taken} of ${chunk.byteLength} bytes`);
      } catch (error) {
        await dropSession();
        // A transfer that failed or timed out may have moved part of its chunk: from the first
        // transfer on, nobody can say whether the printer has part of the job.
        const message = messageOf(error);
        const reason = /time/i.test(message) ? 'stalled' : 'broken';
        return { ok: false, reason, delivery: 'unknown', message };
      }
    }
    return { ok: true, byteCount: bytes.byteLength };
  }

  return {
    kind: 'usb',
    address: options.address,
    async send(bytes, sendOptions) {
      const current = await openSession();
      if (typeof current === 'string') {
        return { ok: false, reason: 'unreachable', delivery: 'none', message: current };
      }
      const status = await portStatus(current);
      const isReady = status.hasAnswered ? status.state === 'ready' : sendOptions.whenSilent === 'send';
      if (status.state === 'offline' || !isReady) {
        const message = status.message ?? `printer ${status.state}: ${status.problems.join(', ')}`;
        const reason = status.state === 'offline' ? 'unreachable' : 'not_ready';
        return { ok: false, reason, delivery: 'none', message, status };
      }
      const result = await transfer(current, bytes);
      return result.ok ? { ...result, status } : result;
    },
    async queryStatus() {
      const current = await openSession();
      return typeof current === 'string' ? unreachableStatus(current) : portStatus(current);
    },
    close: dropSession,
  };
}

function printerInterface(
  interfaces: readonly UsbInterfaceInfo[],
): { interfaceNumber: number; endpointNumber: number } | null {
  for (const candidate of interfaces) {
    if (candidate.alternate.interfaceClass !== usbPrinterClass) continue;
    const out = candidate.alternate.endpoints.find(
      (endpoint) => endpoint.direction === 'out' && endpoint.type === 'bulk',
    );
    if (out !== undefined)
      return { interfaceNumber: candidate.interfaceNumber, endpointNumber: out.endpointNumber };
  }
  return null;
}
