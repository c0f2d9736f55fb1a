import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

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
  const { cost, blockSize, parallelization } = params;
  return [
    'scrypt',
    cost,
    blockSize,
    parallelization,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
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
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [cost, blockSize, parallelization] = parts.slice(1, 4).map(Number);
  if (cost === undefined || blockSize === undefined || parallelization === undefined) return null;
  const isSane =
    Number.isInteger(Math.log2(cost)) &&
    cost >= 2 &&
    cost <= 2 ** 20 &&
    blockSize >= 1 &&
    blockSize <= 32 &&
    parallelization >= 1 &&
    parallelization <= 16;
  if (!isSane) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || key.length === 0) return null;
  return { params: { cost, blockSize, parallelization }, salt, key };
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
