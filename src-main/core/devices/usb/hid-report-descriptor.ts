/** The HID usage page of barcode scanners (HID Point of Sale usage tables). */
export const barcodeScannerUsagePage = 0x8c;

/**
 * Every usage page a HID report descriptor declares. Walks the item stream: a short item is a
 * prefix byte (size in bits 0–1, 3 meaning 4 bytes; type in bits 2–3; tag in bits 4–7) and its
 * data; a long item (prefix 0xFE) carries its own size. Usage Page is the global item of tag 0.
 */
export function usagePagesOf(descriptor: Uint8Array): Set<number> {
  const pages = new Set<number>();
  let at = 0;
  while (at < descriptor.length) {
    const prefix = descriptor[at] ?? 0;
    if (prefix === 0xfe) {
      at += 3 + (descriptor[at + 1] ?? 0);
      continue;
    }
    const size = [0, 1, 2, 4][prefix & 0x03] ?? 0;
    const isUsagePage = (prefix & 0xfc) === 0x04;
    if (isUsagePage) pages.add(littleEndian(descriptor.subarray(at + 1, at + 1 + size)));
    at += 1 + size;
  }
  return pages;
}

function littleEndian(bytes: Uint8Array): number {
  return bytes.reduceRight((value, byte) => value * 256 + byte, 0);
}
