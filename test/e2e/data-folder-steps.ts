import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../main/engine/engine';
import {
  defaultBridgeFile,
  defaultRendererDir,
  startPreviewHost,
} from '../../main/preview/preview-host';
import { seedList } from '../support/seed-contacts';
import type { AppFixture } from './fixtures';

/** A fresh data folder, prepared by the test before any host starts on it. */
export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'peaksend-e2e-'));
}

/**
 * A list "Backed up" (3,000 contacts) captured in a backup, then a list "After the backup"
 * (1,000) that only the live database holds. Written by a real engine, closed cleanly.
 */
export async function dataWithBackup(dataDir: string): Promise<void> {
  const engine = createEngine({ dataDir });
  seedList(engine.db, 'Backed up', 3000);
  await engine.dispatch('engine:backupNow', undefined, { trusted: true, origin: 'test' });
  seedList(engine.db, 'After the backup', 1000, { prefix: '+49160' });
  await engine.close();
}

/** The preview on a data folder the test prepared (the `app` fixture always starts empty). */
export async function startAppOn(
  dataDir: string,
): Promise<AppFixture & { close(): Promise<void> }> {
  const host = await startPreviewHost({
    port: 0,
    dataDir,
    rendererDir: defaultRendererDir,
    bridgeFile: defaultBridgeFile,
    // Like fixtures.ts: nobody sits at this host's terminal to confirm a token or an endpoint.
    confirmTokens: 'allow',
    log: () => {},
  });
  return {
    host,
    dataDir,
    open: async (page, hash = '') => {
      const url = new URL(host.url);
      url.hash = hash;
      await page.goto(url.toString());
    },
    close: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
