import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../src-shared/bridge';
import { createPreloadBridge, type RendererIpc } from './preload-bridge';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/**
 * A stand-in for ipcRenderer at the port: listeners per channel like an EventEmitter (the preload
 * zone allows no Node modules, even in tests), and an invoke answered by `main`.
 */
function fakeIpc(main: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  const listeners = new Map<string, IpcListener[]>();
  const invoked: unknown[][] = [];
  const ipc: RendererIpc = {
    invoke(channel, ...args) {
      invoked.push([channel, ...args]);
      return main(channel, ...args);
    },
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener(channel, listener) {
      const list = listeners.get(channel) ?? [];
      const at = list.indexOf(listener);
      if (at !== -1) listeners.set(channel, list.toSpliced(at, 1));
    },
  };
  /** What main's webContents.send does: Electron's event object first, then the arguments. */
  function send(...args: unknown[]) {
    for (const listener of listeners.get(ipcChannels.event) ?? [])
      listener({ sender: 'ipc-renderer-event' }, ...args);
  }
  return { ipc, invoked, send, listenerCount: () => listeners.get(ipcChannels.event)?.length ?? 0 };
}

const answersOk = () => Promise.resolve({ ok: true, value: { stationId: 's1' } });

describe('invoke', () => {
  it('sends a contract channel to main and hands back its envelope', async () => {
    const { ipc, invoked } = fakeIpc(answersOk);
    const bridge = createPreloadBridge(ipc, () => undefined);

    const answer = await bridge.invoke('station.status', {});

    expect({ answer, invoked }).toEqual({
      answer: { ok: true, value: { stationId: 's1' } },
      invoked: [[ipcChannels.invoke, 'station.status', {}]],
    });
  });

  it.each(['shell.openExternal', '__proto__', 'constructor', ''])(
    'refuses the unknown channel %j without calling main',
    async (channel) => {
      const { ipc, invoked } = fakeIpc(answersOk);
      const answer = await createPreloadBridge(ipc, () => undefined).invoke(channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(invoked).toEqual([]);
    },
  );

  it('refuses input that cannot be copied to main', async () => {
    const { ipc, invoked } = fakeIpc(answersOk);
    const answer = await createPreloadBridge(ipc, () => undefined).invoke('auth.signIn', { run: () => 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(invoked).toEqual([]);
  });

  it('turns a missing handler in main into unavailable', async () => {
    const { ipc } = fakeIpc(() => Promise.reject(new Error("No handler registered for 'bridge:invoke'")));
    const answer = await createPreloadBridge(ipc, () => undefined).invoke('station.status', {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The station is not answering right now.' },
    });
  });

  it('never passes on an answer that is not an envelope', async () => {
    const { ipc } = fakeIpc(() => Promise.resolve({ ok: 'yes', secret: 'x' }));
    const answer = await createPreloadBridge(ipc, () => undefined).invoke('station.status', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('subscribe', () => {
  it('delivers only the payload of the subscribed event, never the IPC event object', () => {
    const { ipc, send } = fakeIpc(answersOk);
    const bridge = createPreloadBridge(ipc, () => undefined);
    const received: unknown[][] = [];
    const stop = bridge.subscribe('sync.status', (...args: unknown[]) => received.push(args));

    send('sync.status', { state: 'online' });
    send('db.changed', { collection: 'orders' });
    stop();

    expect(received).toEqual([[{ state: 'online' }]]);
  });

  it('holds one IPC listener for any number of subscriptions and drops it after the last unsubscribe', () => {
    const { ipc, listenerCount } = fakeIpc(answersOk);
    const bridge = createPreloadBridge(ipc, () => undefined);
    const stops = Array.from({ length: 20 }, () => bridge.subscribe('scan.received', () => undefined));
    stops.push(bridge.subscribe('db.changed', () => undefined));
    expect(listenerCount()).toBe(1);

    for (const stop of stops) stop();
    stops[0]?.();
    expect(listenerCount()).toBe(0);
  });

  it('stops delivering after unsubscribe, and the same function subscribed twice needs two', () => {
    const { ipc, send } = fakeIpc(answersOk);
    const bridge = createPreloadBridge(ipc, () => undefined);
    const received: unknown[] = [];
    const listener = (payload: unknown) => received.push(payload);
    const stopFirst = bridge.subscribe('db.changed', listener);
    const stopSecond = bridge.subscribe('db.changed', listener);

    send('db.changed', 1);
    stopFirst();
    send('db.changed', 2);
    stopSecond();
    send('db.changed', 3);

    expect(received).toEqual([1, 1, 2]);
  });

  it('ignores unknown events', () => {
    const { ipc, listenerCount } = fakeIpc(answersOk);
    const stop = createPreloadBridge(ipc, () => undefined).subscribe('ipc:anything', () => undefined);
    expect(listenerCount()).toBe(0);
    stop();
  });

  it('keeps delivering to other listeners when one throws, and reports the error', () => {
    const { ipc, send } = fakeIpc(answersOk);
    const reported: unknown[] = [];
    const bridge = createPreloadBridge(ipc, (error) => reported.push(error));
    const received: unknown[] = [];
    const boom = new Error('screen bug');
    const stops = [
      bridge.subscribe('db.changed', () => {
        throw boom;
      }),
      bridge.subscribe('db.changed', (payload) => received.push(payload)),
    ];

    send('db.changed', 'x');
    for (const stop of stops) stop();

    expect({ received, reported }).toEqual({ received: ['x'], reported: [boom] });
  });
});
