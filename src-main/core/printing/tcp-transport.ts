import { connect, type Socket } from 'node:net';
import { notAnsweringStatus, type PrinterStatus, unreachableStatus } from './printer-status';
import type { PrinterTransport, SendResult } from './printer-transport';
import type { StatusProtocol } from './status-protocol';

/** Where a raw TCP printer listens, and how long each step may take. */
export type TcpTransportOptions = {
  readonly host: string;
  /** Defaults to 9100, the raw ("JetDirect") port. */
  readonly port?: number;
  /** Asked before every job and by `queryStatus`; null for a printer that cannot be asked. */
  readonly status: StatusProtocol | null;
  /** Defaults to 3 s. */
  readonly connectTimeoutMs?: number;
  /** Defaults to 2 s. */
  readonly statusTimeoutMs?: number;
  /**
   * Longest quiet spell while a job is on its way: no byte taken by the printer and no end of the
   * job from it. Defaults to 20 s. A printer that stops reading (jammed, its buffer full while it
   * is stopped) fails the send after this, instead of holding the queue forever.
   */
  readonly idleTimeoutMs?: number;
};

type Connected =
  | { readonly ok: true; readonly socket: Socket }
  | { readonly ok: false; readonly message: string };

/**
 * Raw TCP printing (port 9100), one connection per job:
 *
 *   connect ─▶ status query ─▶ answer "ready" ─▶ job bytes, then our end of the stream ─▶ the
 *   printer reads to the end and closes its side ─▶ done
 *
 * The printer closing its side after our end is the proof that it took every byte (the "wait for
 * EOF" of the classic socket backend); without it the send is `stalled` and the job's delivery is
 * unknown. The status answer before the job proves the printer is alive and reading on this very
 * connection, so a failure up to that point is `delivery: 'none'` and safe to retry.
 */
export function createTcpTransport(options: TcpTransportOptions): PrinterTransport {
  const port = options.port ?? 9100;
  const connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  const statusTimeoutMs = options.statusTimeoutMs ?? 2000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 20_000;
  const open = new Set<Socket>();

  async function withConnection<T>(
    onUnreachable: (message: string) => T,
    use: (socket: Socket) => Promise<T>,
  ): Promise<T> {
    const connected = await openSocket(options.host, port, connectTimeoutMs);
    if (!connected.ok) return onUnreachable(connected.message);
    open.add(connected.socket);
    try {
      return await use(connected.socket);
    } finally {
      connected.socket.destroy();
      open.delete(connected.socket);
    }
  }

  return {
    kind: 'tcp',
    address: `tcp://${options.host}:${port}`,
    send(bytes, sendOptions) {
      return withConnection<SendResult>(
        (message) => ({ ok: false, reason: 'unreachable', delivery: 'none', message }),
        async (socket) => {
          let status: PrinterStatus | undefined;
          if (options.status !== null) {
            status = await askStatus(socket, options.status, statusTimeoutMs);
            if (socket.destroyed || socket.readableEnded) {
              const message = 'the printer closed the connection before the job';
              return { ok: false, reason: 'unreachable', delivery: 'none', message };
            }
            const isReady = status.hasAnswered ? status.state === 'ready' : sendOptions.whenSilent === 'send';
            if (!isReady) {
              return { ok: false, reason: 'not_ready', delivery: 'none', message: describe(status), status };
            }
          }
          const result = await deliver(socket, bytes, idleTimeoutMs);
          return result.ok && status !== undefined ? { ...result, status } : result;
        },
      );
    },
    queryStatus() {
      const protocol = options.status;
      return withConnection(unreachableStatus, (socket) =>
        protocol === null
          ? Promise.resolve<PrinterStatus>({
              state: 'unknown',
              problems: [],
              hasAnswered: false,
              message: 'reachable; this printer is not asked for its status',
            })
          : askStatus(socket, protocol, statusTimeoutMs),
      );
    },
    close() {
      for (const socket of open) socket.destroy();
      open.clear();
      return Promise.resolve();
    },
  };
}

function openSocket(host: string, port: number, timeoutMs: number): Promise<Connected> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    // An error after the connection settled must not become an unhandled 'error' event; each step
    // notices the socket closing and reports it.
    socket.on('error', () => {});
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, message: `no connection to ${host}:${port} within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      resolve({ ok: true, socket });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, message: error.message });
    });
  });
}

/** Writes the query and reads the answer until it is complete, the socket closes or time is up. */
function askStatus(socket: Socket, protocol: StatusProtocol, timeoutMs: number): Promise<PrinterStatus> {
  return new Promise((resolve) => {
    let answer: Uint8Array = new Uint8Array(0);
    const finish = () => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', finish);
      resolve(
        answer.length === 0
          ? notAnsweringStatus(`no status answer within ${timeoutMs} ms`)
          : protocol.parse(answer),
      );
    };
    const onData = (chunk: Buffer) => {
      answer = concat(answer, chunk);
      if (protocol.isComplete(answer)) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', onData);
    socket.once('close', finish);
    socket.write(protocol.query);
  });
}

/**
 * Writes the job and our end of the stream, then waits for the printer to end its side. Success
 * needs both: every byte flushed, then the printer's end (it read up to ours).
 */
function deliver(socket: Socket, bytes: Uint8Array, idleTimeoutMs: number): Promise<SendResult> {
  return new Promise((resolve) => {
    let isFlushed = false;
    let isTakenByPrinter = false;
    let lastError: Error | undefined;
    const settle = (result: SendResult) => {
      socket.removeAllListeners('timeout');
      resolve(result);
    };
    socket.on('data', () => {}); // back-channel bytes are read and dropped so the end arrives
    socket.on('error', (error) => (lastError = error));
    socket.once('end', () => (isTakenByPrinter = isFlushed));
    socket.setTimeout(idleTimeoutMs, () => {
      lastError ??= new Error(`the printer took nothing for ${idleTimeoutMs} ms`);
      settle({ ok: false, reason: 'stalled', delivery: 'unknown', message: lastError.message });
      socket.destroy();
    });
    socket.once('close', () => {
      if (isTakenByPrinter && lastError === undefined) {
        settle({ ok: true, byteCount: bytes.byteLength });
        return;
      }
      const message = lastError?.message ?? 'the printer closed the connection before taking the job';
      settle({ ok: false, reason: 'broken', delivery: 'unknown', message });
    });
    socket.end(bytes, () => (isFlushed = true));
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function describe(status: PrinterStatus): string {
  return (
    status.message ??
    `printer ${status.state}${status.problems.length > 0 ? `: ${status.problems.join(', ')}` : ''}`
  );
}
