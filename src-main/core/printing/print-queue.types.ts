import type { PrintJobDoc } from '../../../src-shared/db';
import type { PrinterStatus } from './printer-status';
import type { PrinterLanguage, PrinterTransport } from './printer-transport';

/** A print job as the queue and the ledger hand it out: plain data. */
export type PrintJob = PrintJobDoc;

/**
 * Turns a job into the bytes of ONE copy in the printer's language; the queue sends them `copies`
 * times in one go. Throwing marks the job `failed` (bad data will not render better later).
 */
export type RenderJob = (job: PrintJob, language: PrinterLanguage) => Uint8Array | Promise<Uint8Array>;

/**
 * How the queue reads a printer that does not answer its status query:
 * - `auto` (default): a printer that never answered since the station started is one that cannot
 *   (an emulation, a print server): jobs go out. One that answered before and falls silent may be
 *   out of paper or open (several Zebra models stop answering `~HS` then): jobs wait.
 * - `required`: silence always means wait.
 * - `none`: the printer is never asked; jobs go out (create its transport without a status query).
 */
export type StatusPolicy = 'auto' | 'required' | 'none';

/** A printer the queue prints to. The queue owns the transport from then on and closes it. */
export type QueuedPrinter = {
  readonly id: string;
  readonly language: PrinterLanguage;
  readonly transport: PrinterTransport;
  readonly statusPolicy?: StatusPolicy;
};

/** What a person (or the pack screen on their behalf) asks to print. */
export type PrintRequest = {
  readonly printerId: string;
  readonly templateId: string;
  /** What the template fills in; the renderer checks it against the template's schema. */
  readonly data: Readonly<Record<string, unknown>>;
  /** 1 to 100; defaults to 1. */
  readonly copies?: number;
  readonly actorId: string;
  readonly orderId?: string;
  /** Required when this order already has a job of this template that printed or may print. */
  readonly reprintReason?: string;
};

/** Where a printer's loop is; see the drawing in `printer-loop.ts`. */
export type PrinterPhase = 'idle' | 'sending' | 'waiting' | 'stopped';

/** A printer as the device screen shows it. */
export type PrinterSnapshot = {
  readonly printerId: string;
  readonly address: string;
  readonly phase: PrinterPhase;
  readonly status: PrinterStatus;
  /** When the printer was last asked or last took a job; null before the first time. */
  readonly checkedAt: string | null;
  /** While `waiting`: when the printer is asked again. */
  readonly nextCheckAt: string | null;
};

/**
 * A printer's queue in numbers, for a progress bar. `queued` and `sending` are the jobs still to
 * print; the others count what happened since the queue last ran empty (a batch), so "12 of 40"
 * reads `done` of `total`.
 */
export type PrintProgress = {
  readonly printerId: string;
  readonly queued: number;
  readonly sending: number;
  readonly done: number;
  readonly failed: number;
  readonly uncertain: number;
  readonly cancelled: number;
  readonly total: number;
};

/** What the queue tells the UI, as it happens. */
export type PrintQueueEvent =
  /** A job was queued or changed status. */
  | { readonly type: 'job'; readonly job: PrintJob }
  /** A printer's phase or status changed. */
  | { readonly type: 'printer'; readonly printer: PrinterSnapshot }
  /** A printer's counts changed. */
  | { readonly type: 'progress'; readonly progress: PrintProgress };
