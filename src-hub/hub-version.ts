import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The app version from Packline's package.json, found by walking up from `startDir`: the hub runs
 * from source in tests, from `out/main` when built, and from inside the packaged app.
 */
export function readHubVersion(startDir: string): string {
  let dir = startDir;
  for (;;) {
    const version = packlineVersionIn(dir);
    if (version !== null) return version;
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0-unknown';
    dir = parent;
  }
}

function packlineVersionIn(dir: string): string | null {
  try {
    // Both fields are checked below; a file that is not an object throws into the catch.
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
    return json.name === 'packline' && typeof json.version === 'string' ? json.version : null;
  } catch {
    return null;
  }
}
