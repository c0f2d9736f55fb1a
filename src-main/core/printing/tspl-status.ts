import { type PrinterProblem, statusFromProblems } from './printer-status';
import type { StatusProtocol } from './status-protocol';

/** TSPL status bits of the `<ESC>!?` answer, lowest bit first. */
const statusBits: readonly (PrinterProblem | null)[] = [
  'head_open',
  'paper_jam',
  'paper_out',
  'ribbon_out',
  'paused',
  null, // printing: busy, not a problem
  'cover_open',
  'over_temperature',
];

/**
 * TSC's `<ESC>!?`: one status byte, answered at any time, even in an error. 0 is ready; each bit
 * is one condition (head open, paper jam, out of paper, out of ribbon, pause, printing, cover
 * open, temperature over range), so 0x05 is "out of paper and head open".
 */
export const tsplStatus: StatusProtocol = {
  query: Uint8Array.of(0x1b, 0x21, 0x3f),
  isComplete: (answer) => answer.length >= 1,
  parse(answer) {
    const byte = answer[0] ?? 0;
    const problems = statusBits.filter(
      (problem, bit): problem is PrinterProblem => problem !== null && (byte & (1 << bit)) !== 0,
    );
    return statusFromProblems(problems);
  },
};
