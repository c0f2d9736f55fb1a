import {
  type DiscoveredPrinter,
  type PrinterConnection,
  type PrinterLanguage,
  printerConnectionSchema,
  rawPrintPort,
  type StationPrinterSettings,
} from '../../../../src-shared/features/devices';

/** What the printer form edits: every field as typed, whatever the connection kind. */
export type PrinterDraft = {
  readonly id: string | null;
  readonly name: string;
  readonly language: PrinterLanguage;
  readonly kind: PrinterConnection['kind'];
  readonly host: string;
  readonly port: string;
  readonly vendorId: string;
  readonly productId: string;
  readonly serialNumber: string;
  readonly destination: string;
  readonly path: string;
};

/** A field of the form that can be wrong. */
export type DraftField =
  | 'name'
  | 'host'
  | 'port'
  | 'vendorId'
  | 'productId'
  | 'serialNumber'
  | 'destination'
  | 'path';

/** What `devices.savePrinter` takes. */
export type PrinterInput = Omit<StationPrinterSettings, 'id'> & { id?: string };

const emptyDraft: PrinterDraft = {
  id: null,
  name: '',
  language: 'zpl',
  kind: 'tcp',
  host: '',
  port: String(rawPrintPort),
  vendorId: '',
  productId: '',
  serialNumber: '',
  destination: '',
  path: '',
};

const hex4 = (id: number) => id.toString(16).padStart(4, '0');

/** The form's fields of a connection. */
function connectionFields(connection: PrinterConnection): Partial<PrinterDraft> {
  switch (connection.kind) {
    case 'tcp':
      return { kind: 'tcp', host: connection.host, port: String(connection.port ?? rawPrintPort) };
    case 'usb':
      return {
        kind: 'usb',
        vendorId: hex4(connection.vendorId),
        productId: hex4(connection.productId),
        serialNumber: connection.serialNumber ?? '',
      };
    case 'spooler':
      return { kind: 'spooler', destination: connection.destination };
    case 'file':
      return { kind: 'file', path: connection.path };
  }
}

/** A draft of a printer set up already, or an empty one. */
export function draftOf(printer?: StationPrinterSettings): PrinterDraft {
  if (printer === undefined) return emptyDraft;
  return {
    ...emptyDraft,
    id: printer.id,
    name: printer.name,
    language: printer.language,
    ...connectionFields(printer.connection),
  };
}

/** A draft of a printer discovery found: its connection, its name, its language when it said. */
export function draftOfDiscovered(found: DiscoveredPrinter): PrinterDraft {
  return {
    ...emptyDraft,
    name: found.name,
    language: found.language ?? (found.source === 'spooler' ? 'zpl' : emptyDraft.language),
    ...connectionFields(found.connection),
  };
}

/** A USB id typed as hex (`0a5f`, `0x0A5F`); NaN when it is not one. */
function parseUsbId(text: string): number {
  const match = /^(?:0x)?([0-9a-f]{1,4})$/i.exec(text.trim());
  return match?.[1] === undefined ? Number.NaN : Number.parseInt(match[1], 16);
}

function connectionOf(draft: PrinterDraft): unknown {
  switch (draft.kind) {
    case 'tcp':
      return { kind: 'tcp', host: draft.host, port: Number(draft.port.trim() || rawPrintPort) };
    case 'usb':
      return {
        kind: 'usb',
        vendorId: parseUsbId(draft.vendorId),
        productId: parseUsbId(draft.productId),
        ...(draft.serialNumber.trim() === '' ? {} : { serialNumber: draft.serialNumber }),
      };
    case 'spooler':
      return { kind: 'spooler', destination: draft.destination };
    case 'file':
      return { kind: 'file', path: draft.path };
  }
}

/**
 * The input of `devices.savePrinter`, checked with the contract's own schema so the person sees
 * which field is wrong before anything is sent; main checks again.
 */
export function printerInputOf(
  draft: PrinterDraft,
): { ok: true; input: PrinterInput } | { ok: false; field: DraftField } {
  if (draft.name.trim() === '') return { ok: false, field: 'name' };
  const connection = printerConnectionSchema.safeParse(connectionOf(draft));
  if (!connection.success) {
    const [field] = connection.error.issues[0]?.path ?? [];
    return { ok: false, field: isDraftField(field) ? field : fieldOfKind(draft.kind) };
  }
  return {
    ok: true,
    input: {
      name: draft.name.trim(),
      language: draft.language,
      connection: connection.data,
      ...(draft.id === null ? {} : { id: draft.id }),
    },
  };
}

const firstFieldOfKind: Readonly<Record<PrinterConnection['kind'], DraftField>> = {
  tcp: 'host',
  usb: 'vendorId',
  spooler: 'destination',
  file: 'path',
};

function fieldOfKind(kind: PrinterConnection['kind']): DraftField {
  return firstFieldOfKind[kind];
}

function isDraftField(value: unknown): value is DraftField {
  return (
    typeof value === 'string' &&
    ['name', 'host', 'port', 'vendorId', 'productId', 'serialNumber', 'destination', 'path'].includes(value)
  );
}
