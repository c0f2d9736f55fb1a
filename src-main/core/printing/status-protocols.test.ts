import { describe, expect, it } from 'vitest';
import { escposStatus } from './escpos-status';
import { parsePortStatus } from './usb-port-status';
import { tsplStatus } from './tspl-status';
import { zplStatus } from './zpl-status';

/** A `~HS` answer as a Zebra sends it: three STX…ETX CR LF strings. */
function hostStatus(line1: string, line2: string): Uint8Array {
  return new TextEncoder().encode(`\x02${line1}\x03\r\n\x02${line2}\x03\r\n\x021234,0\x03\r\n`);
}

const ready1 = '030,0,0,1245,000,0,0,0,000,0,0,0';
const ready2 = '001,0,0,0,1,2,6,0,00000000,1,000';

describe('ZPL ~HS answers', () => {
  it('reads a printer with paper, head down and no pause as ready', () => {
    expect(zplStatus.parse(hostStatus(ready1, ready2))).toEqual({
      state: 'ready',
      problems: [],
      hasAnswered: true,
    });
  });

  it('reads paper out (which also pauses a Zebra) as paper_out', () => {
    expect(zplStatus.parse(hostStatus('030,1,1,1245,000,0,0,0,000,0,0,0', ready2))).toEqual({
      state: 'paper_out',
      problems: ['paper_out', 'paused'],
      hasAnswered: true,
    });
  });

  it('puts an open head before paper out: it is what the person fixes first', () => {
    expect(
      zplStatus.parse(hostStatus('030,1,1,1245,000,0,0,0,000,0,0,0', '001,0,1,0,1,2,6,0,00000000,1,000')),
    ).toMatchObject({ state: 'head_open', problems: ['head_open', 'paper_out', 'paused'] });
  });

  it('reads ribbon out, the pause key and over temperature as paused, with the reason', () => {
    const cases = [
      ['030,0,1,1245,000,0,0,0,000,0,0,0', '001,0,0,1,1,2,6,0,00000000,1,000'],
      ['030,0,1,1245,000,0,0,0,000,0,0,0', ready2],
      ['030,0,0,1245,000,0,0,0,000,0,0,1', ready2],
    ] as const;
    expect(cases.map(([line1, line2]) => zplStatus.parse(hostStatus(line1, line2)))).toEqual([
      { state: 'paused', problems: ['ribbon_out', 'paused'], hasAnswered: true },
      { state: 'paused', problems: ['paused'], hasAnswered: true },
      { state: 'paused', problems: ['over_temperature'], hasAnswered: true },
    ]);
  });

  it('keeps warnings (buffer full, under temperature) on a ready printer', () => {
    expect(zplStatus.parse(hostStatus('030,0,0,1245,012,1,0,0,000,0,1,0', ready2))).toEqual({
      state: 'ready',
      problems: ['under_temperature', 'buffer_full'],
      hasAnswered: true,
    });
  });

  it('is complete after the third string, even when it arrives in pieces', () => {
    const answer = hostStatus(ready1, ready2);
    const cut = answer.indexOf(0x03, answer.indexOf(0x03) + 1) + 1;
    expect([zplStatus.isComplete(answer.subarray(0, cut)), zplStatus.isComplete(answer)]).toEqual([
      false,
      true,
    ]);
  });

  it('calls an answer in another language unreadable, not ready', () => {
    expect(zplStatus.parse(Uint8Array.of(0x12, 0x12))).toMatchObject({
      state: 'unknown',
      problems: ['unreadable_answer'],
      hasAnswered: true,
    });
  });
});

describe('ESC/POS DLE EOT answers', () => {
  it('asks n = 1 to 4 in one go and reads fixed-bit bytes as ready', () => {
    expect([...escposStatus.query]).toEqual([16, 4, 1, 16, 4, 2, 16, 4, 3, 16, 4, 4]);
    expect(escposStatus.parse(Uint8Array.of(0x12, 0x12, 0x12, 0x12))).toEqual({
      state: 'ready',
      problems: [],
      hasAnswered: true,
    });
  });

  it('reads an offline printer stopped at paper end as paper_out', () => {
    expect(escposStatus.parse(Uint8Array.of(0x1a, 0x32, 0x12, 0x72))).toEqual({
      state: 'paper_out',
      problems: ['paper_out'],
      hasAnswered: true,
    });
  });

  it('reads an open cover as head_open', () => {
    expect(escposStatus.parse(Uint8Array.of(0x1a, 0x16, 0x12, 0x12))).toMatchObject({
      state: 'head_open',
      problems: ['cover_open'],
    });
  });

  it('reads paper near end as a warning and an offline printer without a cause as paused', () => {
    expect([
      escposStatus.parse(Uint8Array.of(0x12, 0x12, 0x12, 0x1e)),
      escposStatus.parse(Uint8Array.of(0x1a, 0x12, 0x12, 0x12)),
      escposStatus.parse(Uint8Array.of(0x1a, 0x52, 0x1a, 0x12)),
    ]).toEqual([
      { state: 'ready', problems: ['paper_low'], hasAnswered: true },
      { state: 'paused', problems: ['printer_offline'], hasAnswered: true },
      { state: 'paused', problems: ['error'], hasAnswered: true },
    ]);
  });

  it('waits for four bytes and refuses bytes without the fixed bits', () => {
    expect([
      escposStatus.isComplete(Uint8Array.of(0x12, 0x12, 0x12)),
      escposStatus.isComplete(new Uint8Array(4)),
    ]).toEqual([false, true]);
    expect(escposStatus.parse(new TextEncoder().encode('\x02030,'))).toMatchObject({
      state: 'unknown',
      problems: ['unreadable_answer'],
    });
  });
});

describe('TSPL <ESC>!? answers', () => {
  it('reads each status bit', () => {
    const bytes = [0x00, 0x20, 0x01, 0x04, 0x05, 0x02, 0x08, 0x10, 0x40, 0x80];
    expect(bytes.map((byte) => tsplStatus.parse(Uint8Array.of(byte)).state)).toEqual([
      'ready',
      'ready', // printing
      'head_open',
      'paper_out',
      'head_open', // out of paper and head opened: the head first
      'paused', // paper jam
      'paused', // out of ribbon
      'paused',
      'head_open', // cover opened
      'paused', // over temperature
    ]);
    expect(tsplStatus.parse(Uint8Array.of(0x0c)).problems).toEqual(['paper_out', 'ribbon_out']);
  });
});

describe('USB printer class GET_PORT_STATUS', () => {
  it('reads selected without error as ready, and paper empty, deselected and error', () => {
    expect([0x18, 0x38, 0x08, 0x10].map(parsePortStatus)).toEqual([
      { state: 'ready', problems: [], hasAnswered: true },
      { state: 'paper_out', problems: ['paper_out'], hasAnswered: true },
      { state: 'paused', problems: ['printer_offline'], hasAnswered: true },
      { state: 'paused', problems: ['error'], hasAnswered: true },
    ]);
  });
});
