// Suite `startup`: how long a person waits. Hub cold init (new data folder) and reopen, each against
// PGlite alone in a fresh process; station first render (host start to the sign-in screen painted in
// Chromium) against a plain static page served by a bare Node server.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { freePort, makeTempDir, type RunningProcess, startEntry, startHub } from '../tests/helpers/processes';
import { median, withBaseline, writeResults } from './support/results';

const samples = 3;
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
];

function pgliteBaseline(dataDir: string): number {
  // Run from the project root so the package resolves; the process start is part of both sides.
  const started = performance.now();
  execFileSync(process.execPath, [join('bench', 'support', 'pglite-baseline.mjs'), dataDir]);
  return performance.now() - started;
}

async function timeHubStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const hub = await startHub(dataDir, 0);
  const elapsed = performance.now() - started;
  await hub.stop();
  return elapsed;
}

async function measureHub(): Promise<{
  cold: number[];
  reopen: number[];
  coldBase: number[];
  reopenBase: number[];
}> {
  const result = {
    cold: [] as number[],
    reopen: [] as number[],
    coldBase: [] as number[],
    reopenBase: [] as number[],
  };
  for (let i = 0; i < samples; i += 1) {
    const hubDir = makeTempDir('bench-hub-');
    const baseDir = makeTempDir('bench-pglite-');
    result.cold.push(await timeHubStart(hubDir.path));
    result.reopen.push(await timeHubStart(hubDir.path));
    result.coldBase.push(pgliteBaseline(baseDir.path));
    result.reopenBase.push(pgliteBaseline(baseDir.path));
    hubDir.remove();
    baseDir.remove();
  }
  return result;
}

/** From the moment `start` begins until `text` is painted at the URL it returns. */
async function timeToVisible(page: Page, start: () => Promise<string>, text: RegExp): Promise<number> {
  const started = performance.now();
  await page.goto(await start());
  await page.getByText(text).first().waitFor({ state: 'visible' });
  return performance.now() - started;
}

async function stationSample(browser: Browser, hubUrl: string): Promise<number> {
  const stationDir = makeTempDir('bench-station-');
  const page = await browser.newPage({ locale: 'en-US' });
  let host: RunningProcess | undefined;
  const elapsed = await timeToVisible(
    page,
    async () => {
      host = await startEntry('host.js', ['--hub-url', hubUrl, '--data', stationDir.path, '--port', '0']);
      return `${host.url}/?lang=en`;
    },
    /Sign in/,
  );
  await page.close();
  await host?.stop();
  stationDir.remove();
  return elapsed;
}

async function plainPageSample(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  const server = createServer((_, res) => res.end('<!doctype html><h1>Sign in</h1>'));
  const elapsed = await timeToVisible(
    page,
    async () => {
      const port = await freePort();
      await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
      return `http://127.0.0.1:${port}/`;
    },
    /Sign in/,
  );
  await page.close();
  server.close();
  return elapsed;
}

async function measureFirstRender(): Promise<{ station: number[]; plain: number[] }> {
  const hubDir = makeTempDir('bench-render-hub-');
  const hub = await startHub(hubDir.path, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const result = { station: [] as number[], plain: [] as number[] };
  try {
    for (let i = 0; i < samples; i += 1) {
      result.station.push(await stationSample(browser, hub.url));
      result.plain.push(await plainPageSample(browser));
    }
  } finally {
    await browser.close();
    await hub.stop();
    hubDir.remove();
  }
  return result;
}

const hub = await measureHub();
const render = await measureFirstRender();
writeResults('startup', {
  hub_cold_init_ms: withBaseline(
    median(hub.cold),
    'ms',
    median(hub.coldBase),
    'baseline: PGlite alone creating a new folder',
  ),
  hub_reopen_ms: withBaseline(
    median(hub.reopen),
    'ms',
    median(hub.reopenBase),
    'baseline: PGlite alone reopening a folder',
  ),
  station_first_render_ms: withBaseline(
    median(render.station),
    'ms',
    median(render.plain),
    'baseline: bare Node server + static page in the same Chromium',
  ),
});
