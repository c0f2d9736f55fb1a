import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { formatScryptHash, parseScryptHash } from '../../../src-shared/features/auth';

/**
 * scrypt cost. N = 2^15, r = 8 uses 32 MiB and about 0.1 s per hash on a station-class CPU:
 * slow enough to make guessing expensive, fast enough for a shift change of sign-ins. The values
 * travel inside each hash, so raising them later only affects new passwords.
 */
export const defaultScryptParams = { cost: 2 ** 15, blockSize: 8, parallelization: 1 } as const;

/** scrypt parameters as stored in a hash string. */
export type ScryptParams = {
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
};

const keyLength = 32;
const saltLength = 16;

/** Hashes a password as `scrypt$<N>$<r>$<p>$<salt base64url>$<key base64url>` with a fresh salt. */
export async function hashPassword(
  password: string,
  params: ScryptParams = defaultScryptParams,
): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await deriveKey(password, salt, params);
  return formatScryptHash({ ...params, salt: salt.toString('base64url'), key: key.toString('base64url') });
}

/**
 * True when `password` matches `hash`. Compares in constant time; a malformed hash is a mismatch,
 * never an exception, so a damaged row cannot be told apart from a wrong password.
 */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parseHash(hash);
  if (parsed === null) return false;
  const key = await deriveKey(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

function parseHash(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  // The text form and its sanity bounds are shared with the stations, which check PIN hashes offline.
  const parts = parseScryptHash(hash);
  if (parts === null) return null;
  const { cost, blockSize, parallelization } = parts;
  return {
    params: { cost, blockSize, parallelization },
    salt: Buffer.from(parts.salt, 'base64url'),
    key: Buffer.from(parts.key, 'base64url'),
  };
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.cost,
    r: params.blockSize,
    p: params.parallelization,
    // Node's default ceiling (32 MiB) is exactly what N = 2^15, r = 8 needs, and scrypt needs a little more.
    maxmem: 256 * params.cost * params.blockSize + 1024 * 1024,
  };
  return new Promise((resolvePromise, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => {
      if (error) reject(error);
      else resolvePromise(key);
    });
  });
}
