import type { Browser, Page } from '@playwright/test';
import {
  freePort,
  makeTempDir,
  type RunningProcess,
  startHub,
  startStationHost,
} from '../../helpers/processes';
import { test as base } from './fixtures';

/**
 * A demo hub's first start loads the whole demo data set (thousands of orders) before it reports
 * ready; on a busy two-core machine that can take longer than a plain start is allowed.
 */
const demoHubReadyMs = 120_000;

type TwoStations = {
  stationA: RunningProcess;
  stationB: RunningProcess;
  pageA: Page;
  pageB: Page;
};

/** A station host on the test's hub with its own data folder, stopped and removed after `use`. */
async function runStation(hubUrl: string, use: (station: RunningProcess) => Promise<void>): Promise<void> {
  const data = makeTempDir('packline-station-');
  const station = await startStationHost(hubUrl, data.path);
  await use(station);
  await station.stop();
  data.remove();
}

/** A page of `station` in its own browser context (own cookies: each desk signs in on its own). */
async function openPage(browser: Browser, station: RunningProcess, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${station.url}/?lang=en`);
  await use(page);
  await context.close();
}

/**
 * Two desks on one hub: two station hosts (A and B), each with its own database, and a browser
 * page on each. The hub can be stopped and started again on the same data and port.
 */
export const test = base.extend<TwoStations>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  hub: async ({}, use) => {
    const data = makeTempDir('packline-hub-');
    const port = await freePort();
    const options = { readyTimeoutMs: demoHubReadyMs };
    let running: RunningProcess | undefined = await startHub(data.path, port, options);
    await use({
      url: running.url,
      async stop() {
        await running?.stop();
        running = undefined;
      },
      async start() {
        running = await startHub(data.path, port, options);
      },
    });
    await running?.stop();
    data.remove();
  },
  stationA: async ({ hub }, use) => runStation(hub.url, use),
  stationB: async ({ hub }, use) => runStation(hub.url, use),
  pageA: async ({ browser, stationA }, use) => openPage(browser, stationA, use),
  pageB: async ({ browser, stationB }, use) => openPage(browser, stationB, use),
});

export { expect } from '@playwright/test';
export { signIn } from './fixtures';
