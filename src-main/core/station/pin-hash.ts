import { type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { parseScryptHash } from '../../../src-shared/features/auth';

/**
 * True when `pin` matches a PIN hash the hub made (`scrypt$N$r$p$salt$key`). Compares in constant
 * time; a malformed hash, or one asking for an absurd cost, is a mismatch and never an exception.
 */
export async function verifyPin(pin: string, hash: string): Promise<boolean> {
  const parts = parseScryptHash(hash);
  if (parts === null) return false;
  const salt = Buffer.from(parts.salt, 'base64url');
  const expected = Buffer.from(parts.key, 'base64url');
  // The hub makes 32-byte keys; a pulled hash asking for a huge one is damaged, not a PIN to check.
  if (expected.length < 16 || expected.length > 64 || salt.length > 64) return false;
  const key = await deriveKey(pin, salt, expected.length, parts);
  return timingSafeEqual(key, expected);
}

/** scrypt as the hub runs it; also makes hashes for tests (`testing/hash-pin.ts`). */
export function deriveKey(
  pin: string,
  salt: Buffer,
  keyLength: number,
  params: { readonly cost: number; readonly blockSize: number; readonly parallelization: number },
): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.cost,
    r: params.blockSize,
    p: params.parallelization,
    // Node's default ceiling (32 MiB) is exactly what N = 2^15, r = 8 needs; scrypt needs a little more.
    maxmem: 256 * params.cost * params.blockSize + 1024 * 1024,
  };
  return new Promise((resolvePromise, reject) => {
    scrypt(pin.normalize('NFC'), salt, keyLength, options, (error, key) => {
      if (error) reject(error);
      else resolvePromise(key);
    });
  });
}
