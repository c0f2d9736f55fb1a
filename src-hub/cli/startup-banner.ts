import { join } from 'node:path';
import type { HubConfig } from '../config';
import type { DatabaseEngine } from '../db';
// Not through ../db's index: that loads both database drivers, and the CLI must stay quick to
// answer a bad flag.
import { pgliteFolderName } from '../db/hub-database';
import type { CreatedUser } from '../features/setup';

/** What the banner needs to know about the running hub. */
export type BannerInput = {
  readonly url: string;
  readonly engine: DatabaseEngine;
  readonly createdUsers: readonly CreatedUser[];
  readonly version: string;
};

/**
 * The text a person sees when the hub has started: where it listens, where its data is and, on
 * first start, who can sign in with which password (shown this once only).
 */
export function startupBanner(hub: BannerInput, config: HubConfig): string {
  const database =
    hub.engine === 'pglite'
      ? `PGlite in ${join(config.dataDir, pgliteFolderName)}`
      : 'PostgreSQL (DATABASE_URL)';
  const lines = [`Packline hub ${hub.version} is running at ${hub.url}`, `Database: ${database}`];
  if (hub.createdUsers.length > 0) {
    lines.push('', 'First start — sign in at a station with:');
    const nameWidth = Math.max(...hub.createdUsers.map((user) => user.username.length)) + 2;
    const passwordWidth = Math.max(...hub.createdUsers.map((user) => user.password.length)) + 2;
    for (const user of hub.createdUsers) {
      const scope = user.warehouseCode === null ? 'all warehouses' : `warehouse ${user.warehouseCode}`;
      lines.push(
        `  ${user.username.padEnd(nameWidth)}${user.password.padEnd(passwordWidth)}${user.role}, ${scope}`,
      );
    }
    if (!config.demo) lines.push('Write the password down now: it is not shown again.');
  }
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1') {
    lines.push(`Listening on ${config.host}: stations on other machines can reach this hub.`);
  }
  lines.push('Press Ctrl-C to stop.');
  return `${lines.join('\n')}\n`;
}
