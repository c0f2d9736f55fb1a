/**
 * The text form of a scrypt hash, shared by the hub (which makes password and PIN hashes) and the
 * station (which checks PINs offline against hashes it pulled): `scrypt$<N>$<r>$<p>$<salt>$<key>`,
 * salt and key in base64url. The parameters travel inside each hash, so raising them later only
 * affects new hashes.
 */
export type ScryptHashParts = {
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
  /** base64url, never empty. */
  readonly salt: string;
  /** base64url, never empty. */
  readonly key: string;
};

/**
 * The largest cost a hash may ask for. A station checks hashes that came over the network: a
 * damaged or hostile row asking for N = 2^30 would take gigabytes and minutes per check.
 */
export const maxScryptCost = 2 ** 20;

const base64url = /^[A-Za-z0-9_-]+$/;

/** Writes the parts as one hash string. */
export function formatScryptHash(parts: ScryptHashParts): string {
  return ['scrypt', parts.cost, parts.blockSize, parts.parallelization, parts.salt, parts.key].join('$');
}

/**
 * Reads a hash string; null when it is malformed or its parameters are outside sane bounds, which
 * both sides treat as "does not match", never as an error a caller could tell apart.
 */
export function parseScryptHash(hash: string): ScryptHashParts | null {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [cost, blockSize, parallelization] = parts.slice(1, 4).map(Number);
  const [salt, key] = parts.slice(4);
  if (cost === undefined || blockSize === undefined || parallelization === undefined) return null;
  if (salt === undefined || key === undefined || !base64url.test(salt) || !base64url.test(key)) return null;
  const isSane =
    Number.isInteger(Math.log2(cost)) &&
    cost >= 2 &&
    cost <= maxScryptCost &&
    Number.isInteger(blockSize) &&
    blockSize >= 1 &&
    blockSize <= 32 &&
    Number.isInteger(parallelization) &&
    parallelization >= 1 &&
    parallelization <= 16;
  return isSane ? { cost, blockSize, parallelization, salt, key } : null;
}
