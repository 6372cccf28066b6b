import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listenFailureLine } from '../../shared/net/listen-failure';
import { defaultBridgeFile, defaultRendererDir, startPreviewHost } from './preview-host';
import { ALLOW_NOTICE, confirmTokensModes } from './terminal-confirm';

// `npm run web -- [--port N] [--data-dir DIR] [--confirm-tokens ask|allow]`: prints exactly one
// `READY <url>` line on stdout.
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'confirm-tokens': { type: 'string', default: 'ask' },
  },
  strict: true,
});
const confirmTokens = confirmTokensModes.find((m) => m === values['confirm-tokens']);
if (!confirmTokens) {
  process.stderr.write(`--confirm-tokens must be ask or allow (got ${values['confirm-tokens']})\n`);
  process.exit(2);
}
if (confirmTokens === 'allow') process.stderr.write(`${ALLOW_NOTICE}\n`);
const port = values.port === undefined ? 5190 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be 0..65535 (got ${values.port})\n`);
  process.exit(2);
}
const dataDir = resolve(
  values['data-dir'] ??
    process.env.PEAKSEND_DATA_DIR ??
    mkdtempSync(join(tmpdir(), 'peaksend-preview-')),
);

// When this file runs bundled (dist/preview/host.mjs) its engine is the bundle next to it.
const bundled = import.meta.url.endsWith('.mjs');
const host = await startPreviewHost({
  port,
  dataDir,
  rendererDir: defaultRendererDir,
  bridgeFile: defaultBridgeFile,
  confirmTokens,
  ...(bundled ? { engineEntry: fileURLToPath(new URL('./engine.mjs', import.meta.url)) } : {}),
}).catch((error: unknown) => {
  // A taken port is a user situation, not a crash: one line saying what to do, exit 1.
  const line = listenFailureLine(error, port);
  if (line === null) throw error;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
process.stdout.write(`READY ${host.url}\n`);
process.stderr.write(`Peaksend preview: data in ${dataDir}\n`);

const stop = () => void host.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
