import { describe, expect, it } from 'vitest';
import { verifyPin } from './pin-hash';
import { hashPinForTest } from './testing/hash-pin';

describe('PIN hashes pulled from the hub', () => {
  it('match the right PIN only', async () => {
    const hash = await hashPinForTest('0815');

    expect(await verifyPin('0815', hash)).toBe(true);
    expect(await verifyPin('815', hash)).toBe(false);
    expect(await verifyPin('08150', hash)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another algorithm', 'bcrypt$10$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a cost that is no power of two', 'scrypt$1000$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5'],
    // A damaged or hostile row must not make the bench spend gigabytes and minutes on one check.
    ['a cost far beyond the hub’s', 'scrypt$1073741824$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a huge key', `scrypt$1024$8$1$c2FsdHNhbHQ$${'a'.repeat(10_000)}`],
    ['characters outside base64url', 'scrypt$1024$8$1$c2Fs+dA$a2V5/a2V5a2V5a2V5a2V5a2V5'],
  ])('treat %s as a mismatch', async (_what, hash) => {
    expect(await verifyPin('1234', hash)).toBe(false);
  });
});
