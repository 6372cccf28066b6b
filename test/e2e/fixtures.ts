import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import {
  defaultBridgeFile,
  defaultRendererDir,
  startPreviewHost,
  type PreviewHost,
} from '../../main/preview/preview-host';

export interface AppFixture {
  readonly host: PreviewHost;
  readonly dataDir: string;
  /** Opens the app on a page (the URL carries the per-run secret). */
  open(page: Page, hash?: string): Promise<void>;
}

/**
 * Each test gets its own data folder and its own preview host with a real engine. The host
 * confirms token reveal/copy and custom endpoints by itself (`--confirm-tokens allow`), as no
 * one is at its terminal; test/e2e/streams-token-guard.spec.ts starts hosts that do not.
 */
export const test = base.extend<{ app: AppFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-e2e-'));
    const host = await startPreviewHost({
      port: 0,
      dataDir,
      rendererDir: defaultRendererDir,
      bridgeFile: defaultBridgeFile,
      confirmTokens: 'allow',
      log: () => {},
    });
    await use({
      host,
      dataDir,
      open: async (page, hash = '') => {
        const url = new URL(host.url);
        url.hash = hash;
        await page.goto(url.toString());
      },
    });
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
