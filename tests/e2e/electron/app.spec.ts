import { _electron as electron, expect, test } from '@playwright/test';

// Runs only where the Electron binary is installed (see playwright.config.ts).
test('the Electron window opens on the sign-in screen, sandboxed, with the hub online', async () => {
  const app = await electron.launch({
    args: ['.', '--lang=en'],
    env: { ...process.env, PACKLINE_LANG: 'en' },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: /Sign in|登录/ })).toBeVisible();
    const isNodeReachable = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
    expect(isNodeReachable).toBe('undefined');
    await expect(window.getByTestId('hub-state')).toHaveAttribute('data-state', 'online', {
      timeout: 20_000,
    });
  } finally {
    await app.close();
  }
});
