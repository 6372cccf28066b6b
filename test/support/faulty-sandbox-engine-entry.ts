import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FromEngine, ToEngine } from '../../main/engine-contract/engine-protocol';
import { createEngine } from '../../main/engine/engine';
import { resolveDataDir } from '../../main/engine/engine-data-dir';
import { serveEngine } from '../../main/engine/serve-engine';
import { json } from '../../main/sandbox/reply';
import type { SandboxHooks } from '../../main/sandbox/start-sandbox';

// The engine's Node entry (main/engine/entry-node.ts) with a test hook in its embedded
// sandbox: POST /_fault/<kind> makes the sandbox's handler fail in that way. The isolation
// test proves none of them reaches the engine. It also writes the sandbox's URL to
// <data>/embedded-sandbox-url so the test can call it.
if (!process.send) throw new Error('start this entry with child_process.fork');

const dataDir = resolveDataDir(undefined);

const faults: Record<string, () => ReturnType<NonNullable<SandboxHooks['onCall']>>> = {
  '/_fault/throw': () => {
    throw new Error('sandbox handler threw');
  },
  '/_fault/reject': () => Promise.reject(new Error('sandbox handler rejected')),
  '/_fault/bad-header': () => ({ reply: json(200, {}, { 'X-Bad': 'line\nbreak' }) }),
  '/_fault/after-reply': () => ({
    reply: json(200, { ok: true }),
    afterReply: () => Promise.reject(new Error('failed after the reply')),
  }),
};

const engine = createEngine({
  dataDir,
  log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
  sandboxHooks: {
    onCall: (call) => faults[call.url.pathname]?.(),
    listening: (url) => writeFileSync(join(dataDir, 'embedded-sandbox-url'), url),
  },
});

serveEngine(
  engine,
  {
    post: (message: FromEngine) => process.send?.(message),
    onMessage: (listener) => process.on('message', (m) => listener(m as ToEngine)),
  },
  () => process.exit(0),
);
process.on('disconnect', () => void engine.close().finally(() => process.exit(0)));
