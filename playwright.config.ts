import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The Electron project runs only where the Electron binary was installed (its download is not
// reachable on every machine). Probe the files; requiring 'electron' would start that download.
function hasElectronBinary(): boolean {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()));
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own hub (PGlite) and station host: two cores do not take more in parallel.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  outputDir: 'test-results/e2e',
  projects: [
    { name: 'web', testDir: 'tests/e2e/web' },
    ...(hasElectronBinary() ? [{ name: 'electron', testDir: 'tests/e2e/electron' }] : []),
  ],
});
