import type { PrinterStatus } from './printer-status';

/**
 * How to ask one printer language for its status over a byte stream, and read the answer. A
 * transport writes `query`, collects what comes back until `isComplete` (or its timeout), and
 * hands it to `parse`.
 */
export type StatusProtocol = {
  readonly query: Uint8Array;
  /** True once `answer` holds everything the printer sends back for `query`. */
  isComplete(answer: Uint8Array): boolean;
  /** Reads a non-empty answer, complete or cut short by the timeout. */
  parse(answer: Uint8Array): PrinterStatus;
};
