import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { expect, test } from './fixtures';

test('the preview CLI prints one READY line, and the page shows the app', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-cli-'));
  // The bundled host, as `npm run web` starts it (npm test builds before the e2e tests).
  const child = spawn(
    process.execPath,
    ['dist/preview/host.mjs', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve) => lines.once('line', resolve));
    expect(first).toMatch(/^READY http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]{48}$/);
    await page.goto(first.slice('READY '.length) + '#streams');
    await expect(page.getByRole('listitem', { name: 'Stream Sandbox' })).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a WebSocket with a bad secret or a foreign Origin is refused', async ({ page, app }) => {
  await app.open(page);
  const port = new URL(app.host.origin).port;
  const outcome = await page.evaluate(async (p) => {
    const tryOpen = (url: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      });
    return {
      badSecret: await tryOpen(`ws://127.0.0.1:${p}/bridge?secret=wrong`),
      noSecret: await tryOpen(`ws://127.0.0.1:${p}/bridge`),
    };
  }, port);
  expect(outcome).toEqual({ badSecret: 'refused', noSecret: 'refused' });

  // The right secret is refused from a foreign Origin, and accepted from the page's own.
  const secret = new URL(app.host.url).searchParams.get('secret') ?? '';
  const url = `ws://127.0.0.1:${port}/bridge?secret=${secret}`;
  expect(await openFromNode(url, 'https://evil.example')).toBe('refused 403');
  expect(await openFromNode(url, app.host.origin)).toBe('open');
});

function openFromNode(url: string, origin: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('error', () => resolve('error'));
  });
}
