import { describe, expect, it } from 'vitest';
import {
  connectionAddress,
  customScannerTimingSchema,
  printerConnectionSchema,
  scannerProfileOf,
} from './device-settings.schema';
import { bluetoothWedgeProfile } from './scanner-profiles';

const isValid = (connection: unknown) => printerConnectionSchema.safeParse(connection).success;

describe('printer connections an admin may enter', () => {
  it('takes IP addresses and host names for TCP, and refuses typos and ports out of range', () => {
    const hosts = ['10.0.0.5', 'zebra-01.lan', 'fe80::1', 'PRN7'];
    const badHosts = ['192.168.1.300', '10.0.0', 'zebra 01', '-zebra', 'a/b', ''];
    expect(hosts.filter((host) => isValid({ kind: 'tcp', host }))).toEqual(hosts);
    expect(badHosts.filter((host) => isValid({ kind: 'tcp', host }))).toEqual([]);
    expect([0, 9100, 65_536].map((port) => isValid({ kind: 'tcp', host: '10.0.0.5', port }))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('takes absolute file paths, CUPS queue names and 16-bit USB ids', () => {
    expect(
      ['/dev/usb/lp0', 'C:\\labels\\out.zpl', '\\\\server\\zebra', 'labels.zpl', '../x'].map((path) =>
        isValid({ kind: 'file', path }),
      ),
    ).toEqual([true, true, true, false, false]);
    expect(
      ['Zebra_ZP450', 'tm-t88@host', '-o', 'two words', 'a/b', 'x#1'].map((destination) =>
        isValid({ kind: 'spooler', destination }),
      ),
    ).toEqual([true, true, false, false, false, false]);
    expect(
      [0x0a5f, 0xffff, 0x10000, -1, 1.5].map((vendorId) =>
        isValid({ kind: 'usb', vendorId, productId: 0x0164 }),
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it('writes each connection as one address line', () => {
    expect(
      [
        { kind: 'tcp', host: '10.0.0.5' },
        { kind: 'tcp', host: 'fe80::1', port: 9101 },
        { kind: 'usb', vendorId: 0x0a5f, productId: 0x0164, serialNumber: 'XXQ1' },
        { kind: 'spooler', destination: 'Zebra' },
        { kind: 'file', path: '/dev/usb/lp0' },
      ].map((connection) => connectionAddress(printerConnectionSchema.parse(connection))),
    ).toEqual([
      'tcp://10.0.0.5:9100',
      'tcp://[fe80::1]:9101',
      'usb://0a5f:0164/XXQ1',
      'lp://Zebra',
      'file:///dev/usb/lp0',
    ]);
  });
});

describe('the scanner timing of a station', () => {
  it('is a built-in profile, or custom values the wedge detector runs as they are', () => {
    const timing = {
      maxGapMs: 120,
      maxMeanGapMs: 90,
      minLength: 8,
      terminators: ['Enter' as const],
      gsSubstitute: 'F8',
      hasAimPrefix: false,
    };
    expect(scannerProfileOf({ kind: 'built-in', profileId: 'bluetooth-wedge' })).toBe(bluetoothWedgeProfile);
    expect(scannerProfileOf({ kind: 'custom', timing })).toEqual({
      id: 'custom',
      name: 'Custom timing',
      ...timing,
    });
  });

  it('refuses custom values no scanner meets or that contradict each other', () => {
    const base = {
      maxGapMs: 60,
      maxMeanGapMs: 40,
      minLength: 4,
      terminators: ['Enter'],
      hasAimPrefix: false,
    };
    const problems = [
      { ...base, maxMeanGapMs: 80 },
      { ...base, maxGapMs: 2000, maxMeanGapMs: 40 },
      { ...base, minLength: 0 },
      { ...base, terminators: [] },
    ].map((timing) => customScannerTimingSchema.safeParse(timing).error?.issues[0]?.path.join('.'));
    expect(problems).toEqual(['maxMeanGapMs', 'maxGapMs', 'minLength', 'terminators']);
  });
});
