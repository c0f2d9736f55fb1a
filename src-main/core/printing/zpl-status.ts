import { type PrinterProblem, statusFromProblems, unreadableStatus } from './printer-status';
import type { StatusProtocol } from './status-protocol';

const stx = 0x02;
const etx = 0x03;

/** The three strings of a complete `~HS` answer, each `<STX>…<ETX><CR><LF>`. */
const answerStrings = 3;

/**
 * Zebra's `~HS` (host status return). The printer answers three strings:
 *
 *   <STX>aaa,b,c,dddd,eee,f,g,h,iii,j,k,l<ETX><CR><LF>   b paper out, c pause, eee formats in
 *                                                         buffer, f buffer full, j corrupt RAM,
 *                                                         k under / l over temperature
 *   <STX>mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www<ETX><CR><LF>   o head up, p ribbon out
 *   <STX>xxxx,y<ETX><CR><LF>                             password, static RAM
 *
 * Only the first two matter here. A printer that runs out of paper also pauses; the state is then
 * `paper_out`, the more useful of the two. Several Zebra models do not answer `~HS` at all while
 * media or ribbon is out, the head is open or the head is too hot: the silence is the print
 * queue's to judge (see `print-queue.ts`), this parser only reads answers.
 */
export const zplStatus: StatusProtocol = {
  query: new TextEncoder().encode('~HS'),
  isComplete: (answer) => answer.filter((byte) => byte === etx).length >= answerStrings,
  parse(answer) {
    const [first, second] = framedStrings(answer).map((text) => text.split(','));
    if (first === undefined || second === undefined || first.length < 12 || second.length < 4) {
      return unreadableStatus(`not a ~HS answer: ${JSON.stringify(new TextDecoder().decode(answer))}`);
    }
    const isSet = (fields: readonly string[], index: number) => fields[index]?.trim() === '1';
    const problems: PrinterProblem[] = [];
    if (isSet(second, 2)) problems.push('head_open');
    if (isSet(first, 1)) problems.push('paper_out');
    if (isSet(second, 3)) problems.push('ribbon_out');
    if (isSet(first, 2)) problems.push('paused');
    if (isSet(first, 9)) problems.push('error');
    if (isSet(first, 11)) problems.push('over_temperature');
    if (isSet(first, 10)) problems.push('under_temperature');
    if (isSet(first, 5)) problems.push('buffer_full');
    return statusFromProblems(problems);
  },
};

/** The text between each STX and the next ETX. */
function framedStrings(answer: Uint8Array): string[] {
  const strings: string[] = [];
  let start = -1;
  answer.forEach((byte, index) => {
    if (byte === stx) start = index + 1;
    else if (byte === etx && start >= 0) {
      strings.push(new TextDecoder().decode(answer.subarray(start, index)));
      start = -1;
    }
  });
  return strings;
}
