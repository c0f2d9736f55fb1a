// A station core in its own process, for tests that run two stations against one hub: each process
// holds one station database, as in production (RxDB's open-source build allows 13 open
// collections per process, fewer than two stations have). Driven over the IPC channel by
// ./station-sync.ts; every bridge call goes through the core's real dispatcher.
//
// Usage (forked with IPC): node --import tsx tests/helpers/station-process.ts <dataDir> <hubUrl> <name>
// PACKLINE_TEST_LABEL_PRINTER=<host>:<port> gives the station a ZPL label printer on raw TCP.
import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { createSystemClock } from '../../src-main/core/clock';
import { createSimulatedPrinter, createSimulatedScanner } from '../../src-main/core/devices';
import { createLogger } from '../../src-main/core/logging';
import { createStationCore } from '../../src-main/core/station';

/** What the test sends. */
export type StationProcessRequest =
  | { readonly type: 'dispatch'; readonly id: number; readonly channel: string; readonly input: unknown }
  | { readonly type: 'dispose' };

/** What the station process answers. */
export type StationProcessReply =
  | { readonly type: 'ready' }
  | { readonly type: 'answer'; readonly id: number; readonly envelope: unknown }
  | { readonly type: 'fatal'; readonly message: string };

const [dataDir, hubUrl, name] = process.argv.slice(2);
if (dataDir === undefined || hubUrl === undefined || name === undefined) {
  throw new Error('usage: station-process <dataDir> <hubUrl> <name>');
}

function send(reply: StationProcessReply): void {
  process.send?.(reply);
}

// RxDB's dev-mode checks every pulled document and every write against the station's schemas.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
const clock = createSystemClock();
const level = process.env.PACKLINE_TEST_LOG === '1' ? 'debug' : 'silent';
try {
  const core = await createStationCore({
    dataDir,
    hubUrl,
    isHubEmbedded: false,
    mode: 'browser',
    appVersion: '0.1.0-test',
    logger: createLogger(name, { level }),
    locale: 'en-US',
    healthIntervalMs: 200,
    devices: { scanners: [createSimulatedScanner({ clock })], printers: [createSimulatedPrinter()] },
    ...labelPrinterOf(process.env.PACKLINE_TEST_LABEL_PRINTER),
  });
  const caller = { sessionId: `${name}-window` };
  process.on('message', (request: StationProcessRequest) => {
    if (request.type === 'dispose') {
      void core.dispose().then(() => process.disconnect());
      return;
    }
    void core
      .dispatch(request.channel, request.input, caller)
      .then((envelope) => send({ type: 'answer', id: request.id, envelope }));
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  process.disconnect();
}

function labelPrinterOf(address: string | undefined) {
  if (address === undefined || address === '') return {};
  const [host = '127.0.0.1', port = '9100'] = address.split(':');
  return {
    printers: {
      list: [
        {
          id: 'test-label',
          name: 'Test label printer',
          language: 'zpl' as const,
          connection: { kind: 'tcp' as const, host, port: Number(port) },
        },
      ],
      labelPrinterId: 'test-label',
    },
  };
}
