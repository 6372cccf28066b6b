import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Result } from '../shared/contract/result';
import {
  defaultBridgeFile,
  defaultRendererDir,
  startPreviewHost,
  type PreviewHost,
} from '../main/preview/preview-host';
import { startReady } from './child';

export const BENCH_TOKEN = 'bench-token-0001';
const BUNDLED_ENGINE = join(process.cwd(), 'dist', 'preview', 'engine.mjs');

/** The main-side host in this process (handlers + engine child), as the app's main would be. */
export async function benchHost(
  dataDir: string,
): Promise<PreviewHost & { call<T>(method: string, input?: unknown): Promise<T> }> {
  const host = await startPreviewHost({
    port: 0,
    dataDir,
    rendererDir: defaultRendererDir,
    bridgeFile: defaultBridgeFile,
    // The bundled engine (and its import worker) that `npm run bench` builds: what ships, with
    // no TypeScript compiled at start-up in the engine or its worker threads.
    engineEntry: BUNDLED_ENGINE,
    log: () => {},
  });
  return Object.assign(host, {
    async call<T>(method: string, input?: unknown): Promise<T> {
      const r = (await host.dispatch(method, input, {
        trusted: true,
        origin: 'bench',
      })) as Result<T>;
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value;
    },
  });
}

/** A standalone sandbox process (so it does not compete with the engine's event loop). */
export async function sandboxProcess(extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-bench-sb-'));
  const config = join(dir, 'sandbox.json');
  writeFileSync(
    config,
    JSON.stringify({ profile: 'clean', tokens: [BENCH_TOKEN], latencyMs: [0, 0], ...extra }),
  );
  return startReady('bin/peaksend.mjs', ['sandbox', '--config', config]);
}

/** Measures the longest event-loop stall of this process (where main-side handlers run). */
export function stallMonitor() {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return {
    stop(): number {
      h.disable();
      return Math.round(h.max / 1e6);
    },
  };
}

export function waitFor(check: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check()) resolve();
      else if (Date.now() > end) reject(new Error('timed out'));
      else setTimeout(() => void tick(), 20);
    };
    void tick();
  });
}
