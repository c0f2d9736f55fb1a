import { type PrinterProblem, statusFromProblems, unreadableStatus } from './printer-status';
import type { StatusProtocol } from './status-protocol';

const dle = 0x10;
const eot = 0x04;

// Every DLE EOT answer byte has bits 1 and 4 on and bits 0 and 7 off; anything else is not an
// ESC/POS status byte (a printer in another language, or back-channel noise).
const fixedMask = 0x93;
const fixedBits = 0x12;

/**
 * ESC/POS real-time status, `DLE EOT n` for n = 1…4, asked in one go; the printer answers one byte
 * for each, even while offline:
 *
 *   n=1 printer status    bit 3 offline
 *   n=2 offline cause     bit 2 cover open, bit 5 stopped at paper end, bit 6 error
 *   n=3 error cause       bit 2 autocutter error, bit 3 unrecoverable, bit 5 auto-recoverable
 *                         (head temperature) error
 *   n=4 roll paper sensor bits 2–3 paper near end, bits 5–6 paper end
 *
 * An "offline" printer with none of the causes above (paper fed with the button, a panel setting)
 * is `paused`: it was reached, it is not printing.
 */
export const escposStatus: StatusProtocol = {
  query: Uint8Array.of(dle, eot, 1, dle, eot, 2, dle, eot, 3, dle, eot, 4),
  isComplete: (answer) => answer.length >= 4,
  parse(answer) {
    const bytes = [...answer.subarray(0, 4)];
    if (bytes.some((byte) => (byte & fixedMask) !== fixedBits)) {
      return unreadableStatus(`not a DLE EOT answer: ${hex(answer)}`);
    }
    const [printer = fixedBits, offline = fixedBits, error = fixedBits, paper = fixedBits] = bytes;
    const problems: PrinterProblem[] = [];
    if (offline & 0x04) problems.push('cover_open');
    if (offline & 0x20 || (paper & 0x60) === 0x60) problems.push('paper_out');
    if (offline & 0x40 || error & 0x0c) problems.push('error');
    if (error & 0x20) problems.push('over_temperature');
    if ((paper & 0x0c) === 0x0c) problems.push('paper_low');
    if (printer & 0x08 && problems.filter((problem) => problem !== 'paper_low').length === 0) {
      problems.push('printer_offline');
    }
    return statusFromProblems(problems);
  },
};

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
