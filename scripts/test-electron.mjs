// `npm run test:electron`: drives the built app with Playwright's Electron support
// (test/electron). Where the Electron binary is not installed — as on machines that install
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1 — it prints one line saying so and exits 0. It never
// downloads anything: `require('electron')` would, so the binary is found the way electron's
// own index.js finds it, without calling it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function skip(why) {
  process.stdout.write(`test:electron skipped: ${why}\n`);
  process.exit(0);
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative || 'electron');
  if (!relative) {
    skip('the Electron binary is not installed (node_modules/electron/path.txt is missing)');
  }
  return join(electronDir, 'dist', relative);
}

const binary = electronBinary();
if (!existsSync(binary)) skip(`the Electron binary ${binary} does not exist`);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  skip('no display to open windows on (on Linux run it under xvfb-run)');
}

const run = (args, env = process.env) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (run([join(root, 'scripts', 'build.mjs'), '--quiet']) !== 0) process.exit(1);
process.exit(
  run(
    [
      join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
      '--config',
      'playwright.electron.config.ts',
      ...process.argv.slice(2),
    ],
    { ...process.env, PEAKSEND_ELECTRON_PATH: binary },
  ),
);
