import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import {
  defaultBridgeFile,
  defaultRendererDir,
  startPreviewHost,
} from '../../main/preview/preview-host';
import type { AppFixture } from './fixtures';

export interface NewStream {
  readonly name: string;
  readonly token: string;
  readonly sender?: string;
  readonly baseUrl?: string;
}

/** Opens the app on the Streams page and waits for the list. */
export async function openStreams(page: Page, app: AppFixture): Promise<void> {
  await app.open(page, '#streams');
  await expect(page.getByRole('listitem', { name: 'Stream Sandbox' })).toBeVisible();
}

export function streamCard(page: Page, name: string): Locator {
  return page.getByRole('listitem', { name: `Stream ${name}`, exact: true });
}

/** Adds a stream through the dialog, accepting unprotected storage (always so in the preview). */
export async function addStream(page: Page, stream: NewStream): Promise<void> {
  await page.getByRole('button', { name: 'Add stream' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add stream' });
  await dialog.getByLabel('Name', { exact: true }).fill(stream.name);
  await dialog.getByLabel('Token', { exact: true }).fill(stream.token);
  if (stream.sender) await dialog.getByLabel('Default sender').fill(stream.sender);
  if (stream.baseUrl) await dialog.getByLabel('Base URL').fill(stream.baseUrl);
  await dialog.getByLabel('Store the token unprotected').check();
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(dialog).toBeHidden();
  await expect(streamCard(page, stream.name)).toBeVisible();
}

/** Every file under a folder, recursively (the SQLite database with its WAL and SHM files). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files whose bytes contain `secret` (as UTF-8 or UTF-16LE, how SQLite may store text). */
export function filesContaining(dir: string, secret: string): string[] {
  const needles = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

/** Like the `app` fixture, but keeps the host's log lines so a test can scan them. */
export async function startLoggedApp(): Promise<{
  app: AppFixture;
  logs: string[];
  close(): Promise<void>;
}> {
  const logs: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-e2e-'));
  const host = await startPreviewHost({
    port: 0,
    dataDir,
    rendererDir: defaultRendererDir,
    bridgeFile: defaultBridgeFile,
    confirmTokens: 'allow',
    log: (line) => logs.push(line),
  });
  const app: AppFixture = {
    host,
    dataDir,
    open: async (page, hash = '') => {
      const url = new URL(host.url);
      url.hash = hash;
      await page.goto(url.toString());
    },
  };
  return {
    app,
    logs,
    close: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
