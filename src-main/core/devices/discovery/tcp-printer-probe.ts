import { connect } from 'node:net';
import { type PrinterState, zplStatus } from '../../printing';

/** A host that took a connection on the raw print port. */
export type TcpPrinterFound = {
  readonly host: string;
  readonly port: number;
  /** The `~HS` answer's state when the host answered as a ZPL printer; null when it only connected. */
  readonly zplState: PrinterState | null;
};

/** How patient the probe is. */
export type TcpProbeOptions = {
  /** Per host; an unused address on a LAN never refuses, it just stays silent (default 700 ms). */
  readonly connectTimeoutMs?: number;
  /** For the `~HS` answer after connecting (default 600 ms). */
  readonly answerTimeoutMs?: number;
  /** Hosts tried at once (default 32): a /24 takes about 8 rounds of the connect timeout. */
  readonly concurrency?: number;
};

/**
 * Tries the raw print port on every host, a few at a time, and keeps the hosts that accepted the
 * connection. Each is asked `~HS`: a ZPL printer answers with its status. Other printers ignore
 * it — an ESC/POS printer buffers the three characters as text, and the `ESC @` that starts every
 * Packline job clears that buffer before anything prints.
 */
export async function probeTcpPrinters(
  hosts: readonly string[],
  port: number,
  options: TcpProbeOptions = {},
): Promise<TcpPrinterFound[]> {
  const found: (TcpPrinterFound | null)[] = new Array<TcpPrinterFound | null>(hosts.length).fill(null);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < hosts.length) {
      const index = next++;
      const host = hosts[index];
      if (host !== undefined) found[index] = await probeHost(host, port, options);
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? 32, hosts.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return found.filter((entry) => entry !== null);
}

function probeHost(host: string, port: number, options: TcpProbeOptions): Promise<TcpPrinterFound | null> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 700;
  const answerTimeoutMs = options.answerTimeoutMs ?? 600;
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = Buffer.alloc(0);
    let isConnected = false;
    let isSettled = false;
    const settle = (result: TcpPrinterFound | null) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const answered = () => {
      const status = answer.length === 0 ? null : zplStatus.parse(answer);
      const zplState =
        status !== null && !status.problems.includes('unreadable_answer') ? status.state : null;
      settle({ host, port, zplState });
    };
    let timer = setTimeout(() => settle(null), connectTimeoutMs);
    socket.on('error', () => (isConnected ? answered() : settle(null)));
    socket.once('connect', () => {
      isConnected = true;
      clearTimeout(timer);
      timer = setTimeout(answered, answerTimeoutMs);
      socket.write(zplStatus.query);
    });
    socket.on('data', (chunk: Buffer) => {
      answer = Buffer.concat([answer, chunk]);
      if (zplStatus.isComplete(answer)) answered();
    });
    socket.once('close', () => (isConnected ? answered() : settle(null)));
  });
}
