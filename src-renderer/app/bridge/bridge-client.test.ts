import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src-shared/bridge';
import { createBridgeClient } from './bridge-client';
import { createFakeBridgeApi } from './bridge-api.fake';
import { BridgeError } from './bridge-error';

const session = {
  user: { id: 'u1', username: 'packer', displayName: 'Wang', role: 'packer', warehouseId: 'WH1' },
  signedInAt: '2025-01-02T03:04:05.000Z',
} as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call resolved'),
    (error: unknown) => error,
  );
}

describe('bridge client', () => {
  it('resolves with the output of an ok envelope', async () => {
    const client = createBridgeClient(createFakeBridgeApi({ 'auth.session': () => ok(session) }));
    await expect(client.invoke('auth.session', {})).resolves.toEqual(session);
  });

  it('turns an error envelope into a BridgeError with its code and message', async () => {
    const api = createFakeBridgeApi({
      'auth.signIn': () => fail('unauthorized', 'Wrong username or password.'),
    });
    const error = await rejection(
      createBridgeClient(api).invoke('auth.signIn', { username: 'a', password: 'b' }),
    );
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({
      code: 'unauthorized',
      message: 'Wrong username or password.',
      isStationUnreachable: false,
    });
  });

  it('rejects an output that fails the channel schema', async () => {
    const api = createFakeBridgeApi({
      'auth.session': () => ok({ user: { ...session.user, role: 'boss' }, signedInAt: session.signedInAt }),
    });
    const error = await rejection(createBridgeClient(api).invoke('auth.session', {}));
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ code: 'internal' });
  });

  it('rejects an answer that is not an envelope', async () => {
    const api = createFakeBridgeApi();
    // A station of another version could answer anything; the type says otherwise on purpose here.
    api.handle('auth.session', () => ({ value: session }) as never);
    await expect(createBridgeClient(api).invoke('auth.session', {})).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it('reports a transport that does not answer as the station service being unreachable', async () => {
    const api = createFakeBridgeApi();
    api.invoke = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(createBridgeClient(api).invoke('station.status', {})).rejects.toMatchObject({
      code: 'unavailable',
      isStationUnreachable: true,
    });
  });

  it('passes valid event payloads and drops ones that break the contract', () => {
    const api = createFakeBridgeApi();
    const received: unknown[] = [];
    const stop = createBridgeClient(api).subscribe('printer.status', (payload) => received.push(payload));
    api.emit('printer.status', { deviceId: 'p1', state: 'paper_out' });
    api.emit('printer.status', { deviceId: 'p1', state: 'on fire' });
    stop();
    api.emit('printer.status', { deviceId: 'p1', state: 'ready' });
    expect(received).toEqual([{ deviceId: 'p1', state: 'paper_out' }]);
  });
});
