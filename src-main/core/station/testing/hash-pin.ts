import { randomBytes } from 'node:crypto';
import { formatScryptHash } from '../../../../src-shared/features/auth';
import { deriveKey } from '../pin-hash';

/**
 * A PIN hash in the hub's format, for tests of the station's bench sign-in. The cost is low to keep
 * suites fast; the format and the check are the same at the hub's cost (an integration test signs
 * in with hashes the hub made).
 */
export async function hashPinForTest(pin: string, cost = 2 ** 10): Promise<string> {
  const params = { cost, blockSize: 8, parallelization: 1 };
  const salt = randomBytes(16);
  const key = await deriveKey(pin, salt, 32, params);
  return formatScryptHash({ ...params, salt: salt.toString('base64url'), key: key.toString('base64url') });
}
