import { describe, expect, it } from 'vitest';
import { createSessionToken, hashSessionToken, readBearerToken } from './session-token';

describe('session tokens', () => {
  it('are 43 base64url characters and differ every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => createSessionToken()));

    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{43}$/);
  });

  it('are stored as their SHA-256', () => {
    expect(hashSessionToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from a Bearer header and nothing else', () => {
    const token = createSessionToken();

    expect(readBearerToken(`Bearer ${token}`)).toBe(token);
    expect(readBearerToken(`bearer ${token}`)).toBe(token);
    expect(readBearerToken(undefined)).toBeNull();
    expect(readBearerToken(token)).toBeNull();
    expect(readBearerToken(`Basic ${token}`)).toBeNull();
    expect(readBearerToken(`Bearer ${token}x`)).toBeNull();
    expect(readBearerToken('Bearer not a token')).toBeNull();
  });
});
