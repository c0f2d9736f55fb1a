/**
 * What the station shows for a printer, and what the print queue acts on:
 * - `ready`: jobs go out.
 * - `offline`: the station cannot reach it (connection refused or timed out, no USB device, no
 *   spooler). Jobs wait and are retried.
 * - `paper_out`, `head_open`: the printer answered and a person must load paper or close the head
 *   (or cover). Jobs wait.
 * - `paused`: the printer answered that it stopped for another reason (pause key, ribbon out,
 *   paper jam, error, over temperature, "offline" on the printer's own panel). Jobs wait.
 * - `unknown`: no answer to the status query, or an answer that could not be read. Whether jobs
 *   wait is the print queue's rule (see `print-queue.ts`): some printers never answer; some stop
 *   answering exactly while paper is out or the head is open.
 */
export type PrinterState = 'ready' | 'offline' | 'paper_out' | 'head_open' | 'paused' | 'unknown';

/** One thing a printer reported, for the line under the state ("ribbon out", "paper low"). */
export type PrinterProblem =
  | 'paper_out'
  | 'paper_low'
  | 'paper_jam'
  | 'ribbon_out'
  | 'head_open'
  | 'cover_open'
  | 'paused'
  | 'printer_offline'
  | 'error'
  | 'over_temperature'
  | 'under_temperature'
  | 'buffer_full'
  | 'unreachable'
  | 'not_answering'
  | 'unreadable_answer';

/** A printer's state with the problems behind it. */
export type PrinterStatus = {
  readonly state: PrinterState;
  readonly problems: readonly PrinterProblem[];
  /** True when the printer itself answered (a timeout or a refused connection is not an answer). */
  readonly hasAnswered: boolean;
  /** For the log and the device screen: what the transport saw, e.g. `connect ECONNREFUSED`. */
  readonly message?: string;
};

// Problems that stop printing until a person acts, by the state they put the printer in. The first
// state with a problem present wins: an open head is what the person must fix first.
const stoppingProblems: readonly (readonly [PrinterState, readonly PrinterProblem[]])[] = [
  ['head_open', ['head_open', 'cover_open']],
  ['paper_out', ['paper_out']],
  ['paused', ['paused', 'ribbon_out', 'paper_jam', 'printer_offline', 'error', 'over_temperature']],
];

/** The status of a printer that answered with `problems`; warnings alone leave it `ready`. */
export function statusFromProblems(problems: readonly PrinterProblem[]): PrinterStatus {
  const unique = [...new Set(problems)];
  const stopping = stoppingProblems.find(([, causes]) => causes.some((cause) => unique.includes(cause)));
  return { state: stopping?.[0] ?? 'ready', problems: unique, hasAnswered: true };
}

/** The station could not reach the printer. */
export function unreachableStatus(message: string): PrinterStatus {
  return { state: 'offline', problems: ['unreachable'], hasAnswered: false, message };
}

/** The printer was reached but did not answer the status query in time. */
export function notAnsweringStatus(message: string): PrinterStatus {
  return { state: 'unknown', problems: ['not_answering'], hasAnswered: false, message };
}

/** Something answered, but not in the language the query was asked in. */
export function unreadableStatus(message: string): PrinterStatus {
  return { state: 'unknown', problems: ['unreadable_answer'], hasAnswered: true, message };
}

/** Same state and problems: a change the UI needs to hear about only when this is false. */
export function isSameStatus(a: PrinterStatus, b: PrinterStatus): boolean {
  return a.state === b.state && a.problems.join() === b.problems.join();
}
