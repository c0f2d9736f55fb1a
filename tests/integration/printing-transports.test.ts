import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFileTransport,
  createSpoolerTransport,
  createTcpTransport,
  escposStatus,
  zplStatus,
} from '../../src-main/core/printing';
import { type PrinterPeer, startPrinterPeer } from '../helpers/printer-peer';
import { freePort, makeTempDir } from '../helpers/processes';

const label = (text: string) => new TextEncoder().encode(`^XA^CI28^FO50,50^FD${text}^FS^XZ`);

describe('raw TCP transport against the printer peer', () => {
  let peer: PrinterPeer;
  beforeEach(async () => {
    peer = await startPrinterPeer();
  });
  afterEach(async () => {
    await peer.close();
  });

  function transport(overrides: { statusTimeoutMs?: number; idleTimeoutMs?: number } = {}) {
    return createTcpTransport({ host: peer.host, port: peer.port, status: zplStatus, ...overrides });
  }

  it('asks ~HS, then sends the job byte for byte and finishes when the printer has read it all', async () => {
    const bytes = label('顺丰速运 SF1234567890123');
    expect(await transport().send(bytes, { whenSilent: 'hold' })).toEqual({
      ok: true,
      byteCount: bytes.length,
      status: { state: 'ready', problems: [], hasAnswered: true },
    });
    const [connection] = peer.connections();
    expect([connection?.statusQueries, connection?.data]).toEqual([1, Buffer.from(bytes)]);
  });

  it('sends nothing to a printer out of paper and says so', async () => {
    peer.setState('paper_out');
    const result = await transport().send(label('x'), { whenSilent: 'send' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'not_ready',
      delivery: 'none',
      status: { state: 'paper_out', problems: ['paper_out', 'paused'], hasAnswered: true },
    });
    expect(peer.data().length).toBe(0);
  });

  it('holds or sends on a silent printer as told, and reports the silence as unknown', async () => {
    peer.setState('silent');
    const held = await transport({ statusTimeoutMs: 100 }).send(label('held'), { whenSilent: 'hold' });
    const sent = await transport({ statusTimeoutMs: 100 }).send(label('sent'), { whenSilent: 'send' });
    expect(held).toMatchObject({
      ok: false,
      reason: 'not_ready',
      status: { state: 'unknown', hasAnswered: false },
    });
    expect(sent.ok).toBe(true);
    expect(peer.jobs()).toEqual(['^XA^CI28^FO50,50^FDsent^FS^XZ']);
  });

  it('reports a stopped printer as offline and a send to it as not delivered', async () => {
    await peer.stop();
    const tcp = transport();
    expect(await tcp.queryStatus()).toMatchObject({ state: 'offline', problems: ['unreachable'] });
    expect(await tcp.send(label('x'), { whenSilent: 'send' })).toMatchObject({
      ok: false,
      reason: 'unreachable',
      delivery: 'none',
    });
  });

  it('gives up on a printer that stops reading instead of hanging, and cannot say what it printed', async () => {
    peer.setReading(false);
    // More than the socket buffers of both sides hold: the write cannot finish.
    const big = new Uint8Array(32 * 1024 * 1024).fill(0x20);
    const result = await createTcpTransport({
      host: peer.host,
      port: peer.port,
      status: null,
      idleTimeoutMs: 300,
    }).send(big, { whenSilent: 'send' });
    expect(result).toMatchObject({ ok: false, reason: 'stalled', delivery: 'unknown' });
  });

  it('asks an ESC/POS printer with DLE EOT', async () => {
    peer.setState('head_open');
    const tcp = createTcpTransport({ host: peer.host, port: peer.port, status: escposStatus });
    expect(await tcp.queryStatus()).toEqual({
      state: 'head_open',
      problems: ['cover_open'],
      hasAnswered: true,
    });
  });

  it('reports a port nobody listens on as offline', async () => {
    const port = await freePort();
    const tcp = createTcpTransport({ host: '127.0.0.1', port, status: zplStatus, connectTimeoutMs: 200 });
    expect(await tcp.queryStatus()).toMatchObject({ state: 'offline', hasAnswered: false });
  });
});

describe('file transport', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('packline-print-file-');
  });
  afterEach(() => temp.remove());

  it('appends every job to the file and is offline where the folder does not exist', async () => {
    const path = join(temp.path, 'labels.zpl');
    const file = createFileTransport({ path });
    await file.send(label('1'), { whenSilent: 'send' });
    await file.send(label('2'), { whenSilent: 'send' });
    expect(readFileSync(path, 'latin1')).toBe('^XA^CI28^FO50,50^FD1^FS^XZ^XA^CI28^FO50,50^FD2^FS^XZ');
    expect((await file.queryStatus()).state).toBe('ready');
    const missing = createFileTransport({ path: join(temp.path, 'no-such-folder', 'labels.zpl') });
    expect([
      (await missing.queryStatus()).state,
      await missing.send(label('3'), { whenSilent: 'send' }),
    ]).toMatchObject(['offline', { ok: false, reason: 'unreachable', delivery: 'none' }]);
  });
});

describe('spooler transport with stand-in lp and lpstat', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('packline-print-lp-');
  });
  afterEach(() => temp.remove());

  /** Writes an executable shell script into the temp folder. */
  function script(name: string, body: string): string {
    const path = join(temp.path, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('pipes the raw bytes to lp -d NAME -o raw and keeps the request id', async () => {
    const lp = script(
      'lp',
      [
        `echo "$@" >> "${temp.path}/args"`,
        `cat >> "${temp.path}/spool"`,
        `echo "request id is zebra-$(wc -l < "${temp.path}/args" | tr -d ' ') (1 file(s))"`,
      ].join('\n'),
    );
    const spooler = createSpoolerTransport({ destination: 'zebra', lpCommand: lp });
    const results = [
      await spooler.send(label('一'), { whenSilent: 'send' }),
      await spooler.send(label('二'), { whenSilent: 'send' }),
    ];
    expect(results).toEqual([
      { ok: true, byteCount: label('一').length, reference: 'zebra-1' },
      { ok: true, byteCount: label('二').length, reference: 'zebra-2' },
    ]);
    expect(readFileSync(join(temp.path, 'args'), 'utf8')).toBe('-d zebra -o raw\n-d zebra -o raw\n');
    expect(readFileSync(join(temp.path, 'spool'))).toEqual(Buffer.concat([label('一'), label('二')]));
  });

  it('reports a refused job as not delivered, with lp’s message, and a missing lp as unreachable', async () => {
    const lp = script('lp', 'cat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1');
    const refused = await createSpoolerTransport({ destination: 'nope', lpCommand: lp }).send(label('x'), {
      whenSilent: 'send',
    });
    const missing = await createSpoolerTransport({
      destination: 'zebra',
      lpCommand: join(temp.path, 'no-lp-here'),
    }).send(label('x'), { whenSilent: 'send' });
    expect([refused, missing]).toMatchObject([
      {
        ok: false,
        reason: 'rejected',
        delivery: 'none',
        message: 'lp: The printer or class does not exist.',
      },
      { ok: false, reason: 'unreachable', delivery: 'none' },
    ]);
    expect(existsSync(join(temp.path, 'spool'))).toBe(false);
  });

  it('reads the queue state from lpstat -p', async () => {
    const idle = script('lpstat-idle', 'echo "printer $2 is idle.  enabled since Mon 01 Dec 2025 09:00:00"');
    const disabled = script(
      'lpstat-disabled',
      'printf "printer $2 disabled since Mon 01 Dec 2025 -\\n\\tPaused\\n"',
    );
    const unknown = script(
      'lpstat-unknown',
      'echo "lpstat: Invalid destination name in list \\"$2\\"." >&2\nexit 1',
    );
    const states = await Promise.all(
      [idle, disabled, unknown].map(async (lpstat) => {
        const status = await createSpoolerTransport({
          destination: 'zebra',
          lpstatCommand: lpstat,
        }).queryStatus();
        return status.state;
      }),
    );
    expect(states).toEqual(['ready', 'paused', 'offline']);
  });
});
