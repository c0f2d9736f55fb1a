import { type Browser, chromium, test as base, type Page } from '@playwright/test';
import {
  freePort,
  makeTempDir,
  type RunningProcess,
  startHub,
  startStationHost,
} from '../../helpers/processes';

/** Debian's Chromium: Playwright's own browser download is not reachable here. */
const chromiumPath = process.env.PACKLINE_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A hub that a test may stop and start again on the same port and data. */
export type HubControl = {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
};

type Fixtures = {
  hub: HubControl;
  station: RunningProcess;
  stationPage: Page;
};

/**
 * The suite's own fixtures: a hub and a station host per test, and a page in Debian Chromium.
 * Playwright's built-in `page` fixture is not used, so the Electron project never starts a browser.
 */
export const test = base.extend<Fixtures, { browser: Browser }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  hub: async ({}, use) => {
    const data = makeTempDir('packline-hub-');
    const port = await freePort();
    let running: RunningProcess | undefined = await startHub(data.path, port);
    const url = running.url;
    await use({
      url,
      async stop() {
        await running?.stop();
        running = undefined;
      },
      async start() {
        running = await startHub(data.path, port);
      },
    });
    await running?.stop();
    data.remove();
  },
  station: async ({ hub }, use) => {
    const data = makeTempDir('packline-station-');
    const station = await startStationHost(hub.url, data.path);
    await use(station);
    await station.stop();
    data.remove();
  },
  stationPage: async ({ browser, station }, use) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${station.url}/?lang=en`);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';

/** Signs in through the sign-in screen. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
