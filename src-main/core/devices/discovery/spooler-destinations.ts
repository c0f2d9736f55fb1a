import { execFile } from 'node:child_process';

/** A queue of the operating system's spooler, as `lpstat -p` lists it. */
export type SpoolerDestination = {
  readonly destination: string;
  /** `paused`: the queue is disabled (it takes jobs but prints none). */
  readonly state: 'ready' | 'paused';
};

/**
 * The spooler's queues (CUPS `lpstat -p`, in the C locale so the words can be read). No `lpstat`,
 * no scheduler or no queue at all is an empty list: most pack benches print over TCP or USB.
 */
export function listSpoolerDestinations(lpstat = 'lpstat', timeoutMs = 5000): Promise<SpoolerDestination[]> {
  return new Promise((resolve) => {
    const child = execFile(
      lpstat,
      ['-p'],
      { timeout: timeoutMs, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } },
      (error, stdout) => resolve(error === null ? parseLpstat(stdout) : []),
    );
    child.stdin?.end();
  });
}

/** Reads `printer NAME is idle.  enabled since …` / `printer NAME disabled since …` lines. */
export function parseLpstat(output: string): SpoolerDestination[] {
  const destinations: SpoolerDestination[] = [];
  for (const line of output.split('\n')) {
    const match = /^printer (\S+) (.*)$/.exec(line);
    if (match?.[1] === undefined) continue;
    destinations.push({
      destination: match[1],
      state: /\bdisabled\b/.test(match[2] ?? '') ? 'paused' : 'ready',
    });
  }
  return destinations;
}
