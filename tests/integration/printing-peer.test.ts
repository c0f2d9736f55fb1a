import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PrinterPeer, startPrinterPeer } from '../helpers/printer-peer';

/** Connects, writes `chunks` one by one, ends, and collects what the peer sends back until it closes. */
function exchange(peer: PrinterPeer, chunks: readonly (string | Uint8Array)[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: peer.host, port: peer.port });
    const answer: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => answer.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(answer)));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      socket.end();
    });
  });
}

describe('the TCP printer peer', () => {
  let peer: PrinterPeer;
  beforeEach(async () => {
    peer = await startPrinterPeer();
  });
  afterEach(async () => {
    await peer.close();
  });

  it('captures each connection’s bytes and counts ZPL jobs, even when split across writes', async () => {
    await exchange(peer, ['^XA^FDone^FS', '^X', 'Z^XA^FD二^FS^XZ']);
    await exchange(peer, ['^XA^FDthree^FS^XZ']);
    expect(peer.jobs()).toEqual(['^XA^FDone^FS^XZ', '^XA^FD二^FS^XZ', '^XA^FDthree^FS^XZ']);
    expect(peer.connections().map((c) => c.data.toString('utf8'))).toEqual([
      '^XA^FDone^FS^XZ^XA^FD二^FS^XZ',
      '^XA^FDthree^FS^XZ',
    ]);
  });

  it('answers ~HS, DLE EOT and <ESC>!? by its state, and keeps queries out of the printed data', async () => {
    const zplReady = await exchange(peer, ['~HS', '^XA^XZ']);
    peer.setState('paper_out');
    const zplPaperOut = await exchange(peer, ['~', 'HS']);
    const escpos = await exchange(peer, [
      Uint8Array.of(0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03, 0x10, 0x04, 0x04),
    ]);
    peer.setState('head_open');
    const tspl = await exchange(peer, [Uint8Array.of(0x1b, 0x21, 0x3f)]);
    expect(zplReady.toString('latin1')).toBe(
      '\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n',
    );
    expect(zplPaperOut.toString('latin1').split('\r\n')[0]).toBe('\x02030,1,1,1245,000,0,0,0,000,0,0,0\x03');
    expect([...escpos]).toEqual([0x1a, 0x32, 0x12, 0x72]);
    expect([...tspl]).toEqual([0x01]);
    expect(peer.data().toString('latin1')).toBe('^XA^XZ');
    expect(peer.statusQueryCount()).toBe(7);
  });

  it('stays silent to status queries when told to, and still takes jobs', async () => {
    peer.setState('silent');
    expect((await exchange(peer, ['~HS', '^XA^FDx^FS^XZ'])).length).toBe(0);
    expect(peer.jobs()).toEqual(['^XA^FDx^FS^XZ']);
  });

  it('goes out of paper after a given number of jobs, and records jobs that arrive meanwhile', async () => {
    peer.switchAfterJobs(2, 'paper_out');
    await exchange(peer, ['^XA^FD1^FS^XZ^XA^FD2^FS^XZ']);
    expect(peer.state()).toBe('paper_out');
    await exchange(peer, ['^XA^FD3^FS^XZ']);
    expect(peer.jobsWhileNotReady()).toEqual(['^XA^FD3^FS^XZ']);
  });

  it('is unreachable after stop and reachable on the same port after restart', async () => {
    const { port } = peer;
    await peer.stop();
    await expect(exchange(peer, ['^XA^XZ'])).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await peer.restart();
    await exchange(peer, ['^XA^XZ']);
    expect([peer.port, await peer.waitForJobs(1)]).toEqual([port, ['^XA^XZ']]);
  });
});
