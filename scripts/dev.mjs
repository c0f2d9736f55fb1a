// `npm run dev`: electron-vite's dev server with hot reload where the Electron binary exists;
// elsewhere a fresh build served to the browser by the station host.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pathFile = join('node_modules', 'electron', 'path.txt');
const hasElectron =
  existsSync(pathFile) && existsSync(join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()));

if (hasElectron) {
  process.exit(spawnSync('electron-vite', ['dev'], { stdio: 'inherit' }).status ?? 1);
}
const build = spawnSync('electron-vite', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await import('../out/main/host.js');
