import { chromium, type Page } from '@playwright/test';
import type { Order, Sku } from '../../src-shared/domain';
import { freePort, makeTempDir, startHub, startStationHost } from '../../tests/helpers/processes';
import { typeScanBurst } from '../../tests/helpers/scan-burst';
import { pullAll, registerStation, signIn } from '../../tests/helpers/sync-client';

/** Scan-to-verdict times at a real pack screen, and the bridge round trip as the floor. */
export type ScanLatencyResult = {
  /** Last key of a scan burst (Enter) until the frame after the verdict was painted. */
  readonly verdictMs: number[];
  /** The verdicts measured, by kind (counted, packed, opened, wrong_item…). */
  readonly verdicts: Record<string, number>;
  /** One `sync.state` call from the page over the station host and back, then a frame. */
  readonly bridgeMs: number[];
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window.
  interface Window {
    __verdictTimes?: { ms: number; verdict: string }[];
    __lastScanKeyAt?: number;
  }
}

/**
 * Runs before the app's scripts, so its capture listener on window comes first: the wedge
 * detector stops the keys it takes, and a listener added after it would never see them.
 */
function recordScanKeys(): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') window.__lastScanKeyAt = event.timeStamp;
    },
    { capture: true },
  );
}

/**
 * Installs the measurement in the page: whenever the verdict banner's `data-seq` moves, the time
 * from the last scan's Enter (see {@link recordScanKeys}) to the next frame.
 */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    let lastSeq = '';
    window.__verdictTimes = [];
    new MutationObserver(() => {
      const banner = document.querySelector('[data-testid="pack-verdict"]');
      const seq = banner?.getAttribute('data-seq') ?? '';
      if (seq === lastSeq || banner === null) return;
      lastSeq = seq;
      const verdict = banner.getAttribute('data-verdict') ?? '?';
      const since = window.__lastScanKeyAt ?? Number.NaN;
      requestAnimationFrame(() =>
        setTimeout(() => window.__verdictTimes?.push({ ms: performance.now() - since, verdict }), 0),
      );
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-seq'],
    });
  });
}

async function scan(page: Page, code: string): Promise<void> {
  const before = await page.evaluate(() => window.__verdictTimes?.length ?? 0);
  await typeScanBurst(page, code);
  await page.waitForFunction((count) => (window.__verdictTimes?.length ?? 0) > count, before, {
    timeout: 15_000,
  });
}

/**
 * A demo hub, a station host and Debian's Chromium: a packer opens `orders` orders by scan, scans
 * one wrong item in each (refused) and then every unit (counted, then packed with its label
 * queued). Every verdict's scan-to-paint time is a sample.
 */
export async function measureScanLatency(orderCount: number): Promise<ScanLatencyResult> {
  const hubDir = makeTempDir('bench-pack-hub-');
  const stationDir = makeTempDir('bench-pack-station-');
  const hub = await startHub(hubDir.path, await freePort(), { readyTimeoutMs: 180_000 });
  const station = await startStationHost(hub.url, stationDir.path);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const observer = await registerStation(hub.url, await signIn(hub.url, 'packer'), 'BENCH-OBSERVER');
    const orders = (await pullAll(hub.url, observer, 'orders')).documents.filter(
      (order: Order) => order.status === 'allocated' && order.holds.length === 0 && order.waybill !== null,
    );
    const skus = new Map(
      (await pullAll(hub.url, observer, 'skus')).documents.map((sku: Sku) => [sku.id, sku]),
    );
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(recordScanKeys);
    await page.goto(`${station.url}/?lang=en`);
    await page.getByLabel('Username').fill('packer');
    await page.getByLabel('Password').fill('packline');
    await page.keyboard.press('Enter');
    await page.getByTestId('pack-waiting').waitFor({ timeout: 60_000 });
    await page.getByTestId('sync-pill').and(page.locator('[data-state="idle"]')).waitFor({ timeout: 60_000 });
    await instrument(page);

    for (const order of orders.slice(0, orderCount)) {
      await scan(page, `ORD-${order.id}`);
      const stranger = [...skus.values()].find(
        (sku) => sku.gtin && !order.lines.some((line) => line.skuId === sku.id),
      );
      if (stranger?.gtin !== undefined) await scan(page, stranger.gtin);
      for (const line of order.lines) {
        const sku = skus.get(line.skuId);
        for (let unit = 0; unit < line.qty; unit++) await scan(page, sku?.gtin ?? sku?.internalCode ?? '');
      }
      await scan(page, 'CMD-CANCEL');
    }
    const samples = await page.evaluate(() => window.__verdictTimes ?? []);
    if (process.env.PACKLINE_BENCH_DEBUG === '1')
      console.log(samples.map((sample) => `${sample.verdict}:${Math.round(sample.ms)}`).join(' '));
    const bridgeMs: number[] = [];
    for (let index = 0; index < 100; index++) {
      bridgeMs.push(
        await page.evaluate(async () => {
          const started = performance.now();
          await fetch('/bridge/invoke/sync.state', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
          await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 0)));
          return performance.now() - started;
        }),
      );
    }
    const verdicts: Record<string, number> = {};
    for (const sample of samples) verdicts[sample.verdict] = (verdicts[sample.verdict] ?? 0) + 1;
    return { verdictMs: samples.map((sample) => sample.ms), verdicts, bridgeMs };
  } finally {
    await browser.close();
    await station.stop();
    await hub.stop();
    stationDir.remove();
    hubDir.remove();
  }
}
