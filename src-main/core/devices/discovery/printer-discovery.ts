import { AppError } from '../../../../src-shared/errors';
import { type DiscoveredPrinter, isHostName } from '../../../../src-shared/features/devices';
import { listSpoolerDestinations } from './spooler-destinations';
import { probeTcpPrinters, type TcpProbeOptions } from './tcp-printer-probe';
import { type ListUsbDevices, listUsbPrinters } from './usb-printers';

/** Where to look for raw TCP printers; the spooler and USB are always listed. */
export type DiscoveryRequest = {
  readonly hosts: readonly string[];
  /** `192.168.1` or a CIDR block of /24 or narrower. */
  readonly subnet?: string;
  readonly port: number;
};

/** The machine's tools, replaceable in tests. */
export type DiscoveryOptions = TcpProbeOptions & {
  readonly lpstatCommand?: string;
  readonly listUsbDevices?: ListUsbDevices;
};

/** A printer found, before it is compared with the printers already set up. */
export type FoundPrinter = Omit<DiscoveredPrinter, 'configuredAs'>;

/** The most hosts one discovery tries: one /24. */
export const maxProbedHosts = 254;

/**
 * Looks for printers in three places at once: the spooler's queues, USB printer-class devices,
 * and raw TCP printers on the hosts asked for. Nothing found is an empty list, never an error;
 * only a malformed host list is (`validation`).
 */
export async function discoverPrinters(
  request: DiscoveryRequest,
  options: DiscoveryOptions = {},
): Promise<{ printers: FoundPrinter[]; probedHosts: number }> {
  const hosts = hostsOf(request);
  const [spooler, usb, tcp] = await Promise.all([
    listSpoolerDestinations(options.lpstatCommand),
    listUsbPrinters(options.listUsbDevices),
    probeTcpPrinters(hosts, request.port, options),
  ]);
  const printers: FoundPrinter[] = [
    ...spooler.map(
      ({ destination, state }): FoundPrinter => ({
        source: 'spooler',
        name: destination,
        connection: { kind: 'spooler', destination },
        language: null,
        state,
      }),
    ),
    ...usb.map(
      ({ vendorId, productId, serialNumber, name }): FoundPrinter => ({
        source: 'usb',
        name,
        connection: { kind: 'usb', vendorId, productId, ...(serialNumber === null ? {} : { serialNumber }) },
        language: null,
        state: null,
      }),
    ),
    ...tcp.map(
      ({ host, port, zplState }): FoundPrinter => ({
        source: 'tcp',
        name: host,
        connection: { kind: 'tcp', host, port },
        language: zplState === null ? null : 'zpl',
        state: zplState,
      }),
    ),
  ];
  return { printers, probedHosts: hosts.length };
}

/** The hosts of the request: the listed ones, then the subnet's, each once. */
export function hostsOf(request: Pick<DiscoveryRequest, 'hosts' | 'subnet'>): string[] {
  for (const host of request.hosts) {
    if (!isHostName(host)) throw new AppError('validation', `${host} is not an IP address or host name.`);
  }
  const hosts = [
    ...new Set([...request.hosts, ...(request.subnet === undefined ? [] : subnetHosts(request.subnet))]),
  ];
  if (hosts.length > maxProbedHosts) {
    throw new AppError('validation', `At most ${maxProbedHosts} hosts can be searched at once.`);
  }
  return hosts;
}

/** Every host address of an IPv4 block of /24 or narrower (`192.168.1` is `192.168.1.0/24`). */
export function subnetHosts(subnet: string): string[] {
  const [address = '', prefixText = '24'] = subnet.split('/');
  const octets = address.split('.').map(Number);
  if (octets.length === 3) octets.push(0);
  const prefix = Number(prefixText);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet) || octet > 255) || prefix < 24) {
    throw new AppError('validation', `${subnet} is not a network such as 192.168.1.0/24.`);
  }
  const size = 2 ** (32 - prefix);
  const first = (octets[3] ?? 0) - ((octets[3] ?? 0) % size);
  // A /31 or /32 has no network and broadcast address to leave out.
  const hostNumbers =
    size <= 2
      ? Array.from({ length: size }, (_, index) => first + index)
      : Array.from({ length: size - 2 }, (_, index) => first + index + 1);
  const network = octets.slice(0, 3).join('.');
  return hostNumbers.map((host) => `${network}.${host}`);
}
