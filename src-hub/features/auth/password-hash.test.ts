import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

// Cheap parameters keep the suite fast; the format and comparison are the same at full cost.
const fast = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('packline', fast);

    expect(await verifyPassword('packline', hash)).toBe(true);
    expect(await verifyPassword('Packline', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('stores the parameters and a fresh salt in every hash', async () => {
    const first = await hashPassword('packline', fast);
    const second = await hashPassword('packline', fast);

    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('uses the default cost when none is given', async () => {
    const hash = await hashPassword('packline');

    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '32768', '8', '1']);
    expect(await verifyPassword('packline', hash)).toBe(true);
  });

  it('treats the same password typed in another Unicode form as the same', async () => {
    const hash = await hashPassword('caf\u00e9', fast);

    expect(await verifyPassword('cafe\u0301', hash)).toBe(true);
  });

  it.each(['', 'plain', 'bcrypt$10$8$1$c2FsdA$a2V5', 'scrypt$1000$8$1$c2FsdA$a2V5', 'scrypt$1024$8$1$$a2V5'])(
    'treats the malformed hash %j as a mismatch',
    async (hash) => {
      expect(await verifyPassword('packline', hash)).toBe(false);
    },
  );
});
