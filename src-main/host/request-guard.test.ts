import { describe, expect, it } from 'vitest';
import { createBrowserSessions, readSessionId } from './browser-sessions';
import { refusalReason } from './request-guard';

describe('refusalReason', () => {
  it('lets same-origin and origin-less requests through', () => {
    expect(refusalReason({ host: '127.0.0.1:5170' }, '127.0.0.1')).toBeNull();
    expect(
      refusalReason({ host: 'localhost:5170', origin: 'http://localhost:5170' }, '127.0.0.1'),
    ).toBeNull();
    expect(refusalReason({ host: '[::1]:5170' }, '::1')).toBeNull();
    expect(refusalReason({ host: '10.0.0.7:5170', origin: 'http://10.0.0.7:5170' }, '0.0.0.0')).toBeNull();
  });

  it('refuses other origins, including the opaque "null"', () => {
    const refused = 'Requests from other sites are refused';
    expect(refusalReason({ host: '127.0.0.1:5170', origin: 'http://evil.example' }, '127.0.0.1')).toBe(
      refused,
    );
    expect(refusalReason({ host: '127.0.0.1:5170', origin: 'null' }, '127.0.0.1')).toBe(refused);
    expect(refusalReason({ host: '127.0.0.1:5170', origin: 'http://127.0.0.1:5171' }, '127.0.0.1')).toBe(
      refused,
    );
  });

  it('on a loopback host, refuses names that are not loopback (DNS rebinding)', () => {
    const local = 'This station host answers only to local addresses';
    expect(
      refusalReason({ host: 'rebind.example:5170', origin: 'http://rebind.example:5170' }, '127.0.0.1'),
    ).toBe(local);
    expect(refusalReason({}, '127.0.0.1')).toBe(local);
    expect(refusalReason({ host: 'hub.lan:5170' }, '0.0.0.0')).toBeNull();
  });
});

describe('browser sessions', () => {
  it('issues a new id unless the cookie names one it issued, and sweeps idle ones', () => {
    let now = 0;
    const sessions = createBrowserSessions({ now: () => now, idleMs: 1000 });
    const first = sessions.resolve(undefined);
    expect(first.setCookie).toBe(`packline_session=${first.sessionId}; Path=/; HttpOnly; SameSite=Strict`);
    expect(sessions.resolve(`theme=dark; packline_session=${first.sessionId}`)).toEqual({
      sessionId: first.sessionId,
      setCookie: null,
    });
    const planted = sessions.resolve(`packline_session=${'x'.repeat(43)}`);
    expect(planted.sessionId).not.toBe('x'.repeat(43));
    now = 900;
    sessions.resolve(`packline_session=${first.sessionId}`);
    now = 1500;
    expect(sessions.sweep()).toEqual([planted.sessionId]);
    expect(sessions.all()).toEqual([first.sessionId]);
  });

  it('reads only a well-formed session id', () => {
    expect(readSessionId(undefined)).toBeNull();
    expect(readSessionId('packline_session=short')).toBeNull();
    expect(readSessionId(`other=1; packline_session=${'a'.repeat(43)}`)).toBe('a'.repeat(43));
  });
});
