import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { createLogger } from '../logging';
import { createDispatcher } from './dispatcher';
import type { BridgeHandlers, CallerContext } from './dispatcher.types';

const user = {
  id: 'u1',
  username: 'packer',
  displayName: 'Packer One',
  role: 'packer',
  warehouseId: null,
} as const;
const signedIn: CallerContext = { sessionId: 'signed-in' };
const anonymous: CallerContext = { sessionId: 'anonymous' };

type Call = { channel: string; input: unknown; sessionId: string };

/** The handler of a channel these tests do not call. */
function notUsed(): never {
  throw new Error('not used');
}

function setUp(overrides: Partial<BridgeHandlers> = {}) {
  const calls: Call[] = [];
  const logLines: string[] = [];
  const logger = createLogger('bridge-test', {
    destination: new Writable({
      write(chunk: Buffer, _e, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    }),
  });
  const handlers: BridgeHandlers = {
    'auth.signIn': (input, caller) => {
      calls.push({ channel: 'auth.signIn', input, sessionId: caller.sessionId });
      return { user, signedInAt: '2025-01-01T00:00:00.000Z' };
    },
    'auth.signOut': () => ({}),
    'auth.session': () => null,
    'auth.badgeSignIn': notUsed,
    'auth.lock': notUsed,
    'auth.unlock': notUsed,
    'auth.signInOptions': notUsed,
    'stations.list': notUsed,
    'stations.revoke': notUsed,
    'station.status': () => {
      throw new Error('not used');
    },
    'devices.list': (input, caller) => {
      calls.push({ channel: 'devices.list', input, sessionId: caller.sessionId });
      return [];
    },
    'devices.settings': notUsed,
    'devices.savePrinter': notUsed,
    'devices.removePrinter': notUsed,
    'devices.assign': notUsed,
    'devices.discoverPrinters': notUsed,
    'devices.testPrint': notUsed,
    'devices.printers': notUsed,
    'orders.list': notUsed,
    'orders.get': notUsed,
    'commands.issue': notUsed,
    'sync.state': notUsed,
    'sync.now': notUsed,
    'attention.list': notUsed,
    'attention.dismiss': notUsed,
    'pack.scan': notUsed,
    'pack.order': notUsed,
    'pack.queue': notUsed,
    'pack.reportException': notUsed,
    'pack.reprint': notUsed,
    'pack.batchPrint': notUsed,
    'pack.labelPreview': notUsed,
    ...overrides,
  };
  const dispatcher = createDispatcher(handlers, {
    logger,
    isSignedIn: (caller) => caller.sessionId === signedIn.sessionId,
  });
  return { dispatcher, calls, logLines };
}

describe('createDispatcher', () => {
  it('passes the parsed input and the caller to the handler and wraps the answer', async () => {
    const { dispatcher, calls } = setUp();
    const answer = await dispatcher.dispatch(
      'auth.signIn',
      { username: '  packer ', password: 'packline', extra: 'dropped' },
      anonymous,
    );
    expect(answer).toEqual({ ok: true, value: { user, signedInAt: '2025-01-01T00:00:00.000Z' } });
    expect(calls).toEqual([
      { channel: 'auth.signIn', input: { username: 'packer', password: 'packline' }, sessionId: 'anonymous' },
    ]);
  });

  it('answers validation for an unknown channel, including inherited object keys', async () => {
    const { dispatcher, calls } = setUp();
    expect(await dispatcher.dispatch('orders.delete', {}, signedIn)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Unknown channel "orders.delete"' },
    });
    const proto = await dispatcher.dispatch('toString', {}, signedIn);
    expect(proto).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(calls).toEqual([]);
  });

  it('answers validation with a short readable message and does not call the handler', async () => {
    const { dispatcher, calls } = setUp();
    const answer = await dispatcher.dispatch('auth.signIn', { username: '', password: 42 }, anonymous);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('validation');
    expect(answer.error.message).toMatch(/^Invalid input for auth\.signIn: username: .+; password: .+$/);
    expect(answer.error.message.length).toBeLessThanOrEqual(300);
    expect(await dispatcher.dispatch('auth.signIn', 'not an object', anonymous)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a non-public channel before sign-in and allows it after', async () => {
    const { dispatcher, calls } = setUp();
    expect(await dispatcher.dispatch('devices.list', {}, anonymous)).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Please sign in first.' },
    });
    expect(calls).toEqual([]);
    expect(await dispatcher.dispatch('devices.list', {}, signedIn)).toEqual({ ok: true, value: [] });
  });

  it('turns an AppError into its code and message', async () => {
    const { dispatcher } = setUp({
      'auth.signIn': () => {
        throw new AppError('unavailable', 'Hub not reachable — check the network');
      },
    });
    expect(await dispatcher.dispatch('auth.signIn', { username: 'a', password: 'b' }, anonymous)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Hub not reachable — check the network' },
    });
  });

  it('turns any other throw into internal, logs it, and leaks no stack or message', async () => {
    const { dispatcher, logLines } = setUp({
      'devices.list': () => Promise.reject(new Error('SQLITE_CORRUPT at /secret/path')),
    });
    const answer = await dispatcher.dispatch('devices.list', {}, signedIn);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in the station. The details are in its log.',
      },
    });
    expect(logLines.join('')).toContain('SQLITE_CORRUPT');
  });

  it('treats an answer outside the output schema as internal, not as data for the UI', async () => {
    const { dispatcher, logLines } = setUp({
      // Deliberately wrong: the contract wants an array of devices.
      'devices.list': () => [{ id: 1 }] as never,
    });
    expect(await dispatcher.dispatch('devices.list', {}, signedIn)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logLines.join('')).toContain('answered outside its contract');
  });
});
