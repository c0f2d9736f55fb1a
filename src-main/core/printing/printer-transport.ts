import type { PrinterStatus } from './printer-status';

/** The command language a printer speaks; the renderer produces it, status queries are asked in it. */
export type PrinterLanguage = 'zpl' | 'tspl' | 'escpos';

/** How a printer is reached. */
export type TransportKind = 'tcp' | 'usb' | 'spooler' | 'file';

/**
 * Whether any byte of a job can have reached the printer when a send failed. It decides what the
 * print queue may do next: `none` → send again later; `unknown` → maybe printed, a person checks.
 */
export type Delivery = 'none' | 'unknown';

/** Why a send did not complete. */
export type SendFailure =
  /** The printer answered that it cannot print now; nothing was sent. */
  | 'not_ready'
  /** No connection, device or spooler. */
  | 'unreachable'
  /** The printer stopped taking bytes (or never confirmed it took them) within the time allowed. */
  | 'stalled'
  /** The connection or transfer broke. */
  | 'broken'
  /** The spooler refused the job (unknown destination, disabled queue). */
  | 'rejected';

/** What a send did. Never thrown: a printer that is out of paper is a state, not an exception. */
export type SendResult =
  | {
      readonly ok: true;
      readonly byteCount: number;
      /** The transport's name for the job, e.g. the spooler's request id. */
      readonly reference?: string;
      /** The printer's status when the transport asked it before sending. */
      readonly status?: PrinterStatus;
    }
  | {
      readonly ok: false;
      readonly reason: SendFailure;
      readonly delivery: Delivery;
      readonly message: string;
      /** The printer's status when the transport asked it on the way (always with `not_ready`). */
      readonly status?: PrinterStatus;
    };

/** What the print queue tells a transport about one send. */
export type SendOptions = {
  /**
   * What to do when the printer is reached but does not answer the status query asked before the
   * job (`hold`: send nothing, report `not_ready` with an `unknown` status; `send`: send anyway).
   * Transports without a status query before a send ignore it.
   */
  readonly whenSilent: 'hold' | 'send';
};

/**
 * One printer's connection: the port every transport (raw TCP 9100, USB printer class, the OS
 * spooler, a file) implements and the print queue drives. One call at a time: the queue never
 * overlaps calls on one transport.
 */
export type PrinterTransport = {
  readonly kind: TransportKind;
  /** Where the printer is, for people: `tcp://10.0.0.5:9100`, `usb://0a5f:0164`, `lp://zebra`. */
  readonly address: string;
  /**
   * Sends one job's bytes. Where the printer can be asked, the transport asks its status first
   * (one round trip on the same connection) and sends nothing unless it is ready. Resolves with
   * `ok` only when every byte was taken; never rejects.
   */
  send(bytes: Uint8Array, options: SendOptions): Promise<SendResult>;
  /** Asks the printer for its state; never rejects. */
  queryStatus(): Promise<PrinterStatus>;
  /** Ends whatever the transport holds open (sockets, USB interface). Idempotent. */
  close(): Promise<void>;
};
