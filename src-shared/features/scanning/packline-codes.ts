import {
  commandBarcodes,
  type ScanCommand,
  type ScanVerdict,
  scanCommands,
  unreadableMessageKey,
} from './scan-verdict';

// Crockford base 32 without I, L, O, U; a ULID's first character is at most 7 (48-bit time).
const orderPattern = /^ORD-([0-7][0-9A-HJKMNP-TV-Z]{25})$/;
const pickListPattern = /^PL-\d{8}-\d{4}$/;
const totePattern = /^TOTE-(\d{4,6})$/;
// Bins are dash-separated parts (`A-01-2-03`), at most 32 characters like the SKU's bin field.
const binPattern = /^BIN-([A-Z0-9]+(?:-[A-Z0-9]+)*)$/;
const maxBinLength = 32;
const badgePattern = /^BADGE-(\d{4,10})$/;
const packlinePrefix = /^(ORD|PL|TOTE|BIN|BADGE|CMD)-/;
const commandsByBarcode = new Map<string, ScanCommand>(
  scanCommands.map((command) => [commandBarcodes[command], command]),
);

/**
 * The verdict for one of Packline's own codes (Code 128, upper case). `text` must already be upper
 * case: a scanner with Caps Lock on sends `ord-…`. Undefined when `text` is not ours; unreadable when
 * it starts like ours but is malformed, since nobody else prints these prefixes and a wrong guess
 * (a tote taken for an order) costs more than a re-scan.
 */
export function readPacklineCode(text: string): ScanVerdict | undefined {
  const order = orderPattern.exec(text);
  if (order?.[1] !== undefined) return { kind: 'order', text, orderId: order[1] };
  if (pickListPattern.test(text)) return { kind: 'pickList', text, pickListCode: text };
  const tote = totePattern.exec(text);
  if (tote?.[1] !== undefined) return { kind: 'tote', text, toteNumber: tote[1] };
  const bin = binPattern.exec(text);
  if (bin?.[1] !== undefined && bin[1].length <= maxBinLength) return { kind: 'bin', text, bin: bin[1] };
  const badge = badgePattern.exec(text);
  if (badge?.[1] !== undefined) return { kind: 'badge', text, badgeNumber: badge[1] };
  const command = commandsByBarcode.get(text);
  if (command !== undefined) return { kind: 'command', text, command };
  if (!packlinePrefix.test(text)) return undefined;
  const reason = 'invalid_packline_code';
  return { kind: 'unreadable', text, reason, messageKey: unreadableMessageKey(reason) };
}
