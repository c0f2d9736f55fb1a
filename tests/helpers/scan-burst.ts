import type { Page } from '@playwright/test';

/**
 * What a USB wedge scanner does: the code's keys and Enter back to back, made in the page. Typing
 * from the test process over the debugging protocol spaces keys by tens of milliseconds on a busy
 * machine, which splits a burst the way no scanner does.
 */
export async function typeScanBurst(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, 'Enter']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
    }
  }, code);
}
