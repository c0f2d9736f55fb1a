import type { CreatedUser } from '../core';
import type { HostConfig } from './host-config';

/** What the person who started the station host reads. */
export type BannerInput = {
  readonly url: string;
  readonly hubUrl: string;
  readonly isHubEmbedded: boolean;
  readonly createdUsers: readonly CreatedUser[];
  readonly logFile: string;
  /** Addresses of this machine other browsers can use when the host listens on the LAN. */
  readonly lanUrls: readonly string[];
};

/** The demo hub's users; the same password for all, unless someone changed it. */
const demoUsernames = ['admin', 'supervisor', 'clerk', 'packer'];
const demoPassword = 'packline';

/** The start-up text: where to open the station, how to sign in, where the data lives. */
export function hostBanner(input: BannerInput, config: HostConfig): string {
  const lines = ['Packline station is running (browser mode).', '', `  Open      ${input.url}`];
  for (const lanUrl of input.lanUrls)
    lines.push(`            ${lanUrl}  (from other devices on the network)`);
  lines.push(...signInLines(input));
  lines.push(
    input.isHubEmbedded ? `  Hub       built in, ${input.hubUrl} (demo data)` : `  Hub       ${input.hubUrl}`,
  );
  lines.push(`  Data      ${input.isHubEmbedded ? config.dataDir : config.stationDataDir}`);
  lines.push(`  Log       ${input.logFile}`, '', 'Press Ctrl+C to stop.');
  return `${lines.join('\n')}\n`;
}

function signInLines(input: BannerInput): string[] {
  if (!input.isHubEmbedded) return ['  Sign in   with your account on that hub'];
  if (input.createdUsers.length === 0) {
    return [`  Sign in   as ${demoUsernames.join(', ')}; password "${demoPassword}" (unless changed)`];
  }
  const width = Math.max(...input.createdUsers.map((user) => user.username.length)) + 2;
  return input.createdUsers.map(
    (user, index) =>
      `${index === 0 ? '  Sign in   ' : '            '}${user.username.padEnd(width)}password "${user.password}"  (${user.role})`,
  );
}
