import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import type { PeaksendApi } from '../../shared/contract/contract';
import type { StreamView } from '../../shared/streams/stream-types';
import { startSandbox } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import { openSettings } from './settings-steps';
import { addStream, openStreams, streamCard } from './streams-steps';

const TOKEN = 'tok_live_5b1e77c0d9aa41f8';

/**
 * The bundled preview host as `npm run web` starts it, with stdin a pipe: no terminal to ask
 * on, so without `--confirm-tokens allow` every confirmation is refused.
 */
async function spawnHost(extraArgs: string[] = []) {
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-guard-'));
  const child = spawn(
    process.execPath,
    ['dist/preview/host.mjs', '--port', '0', '--data-dir', dataDir, ...extraArgs],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<string>((resolve) => lines.once('line', resolve));
  return {
    url: ready.slice('READY '.length),
    stderr: () => stderr,
    close: () => {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// A script in the page calls `window.peaksend` directly, with no click: page.evaluate below.
const acmeId = (page: Page) =>
  page.evaluate(async () => {
    const list = await (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.list();
    return list.ok ? (list.value.find((s) => s.name === 'Acme')?.id ?? '') : '';
  });

test('without a terminal and without --confirm-tokens allow, the page cannot get a token', async ({
  page,
}) => {
  expect(process.stdin.isTTY).toBeFalsy();
  const host = await spawnHost();
  try {
    await page.goto(`${host.url}#streams`);
    await addStream(page, { name: 'Acme', token: TOKEN });
    const id = await acmeId(page);

    // From the page's own script, with no click.
    const reveal = await page.evaluate(
      (streamId) =>
        (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.reveal({
          id: streamId,
        }),
      id,
    );
    expect(reveal).toEqual({
      ok: false,
      error: {
        code: 'NOT_CONFIRMED',
        message: 'The token was not shown: showing it was not confirmed.',
      },
    });
    const copy = await page.evaluate(
      (streamId) =>
        (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.copyToken({
          id: streamId,
        }),
      id,
    );
    expect(copy).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    // Nor can it switch the question off first.
    const off = await page.evaluate(() =>
      (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.settings.setTokenConfirmation({
        confirmTokenAccess: false,
      }),
    );
    expect(off).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });

    // The button says why, and the token never reaches the page.
    const card = streamCard(page, 'Acme');
    await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
    await expect(page.getByRole('status').getByText(/showing it was not confirmed/)).toBeVisible();
    expect(JSON.stringify([reveal, copy])).not.toContain(TOKEN);
    expect(await page.content()).not.toContain(TOKEN);
    expect(host.stderr()).toMatch(/refused "Show the token of 'Acme'\?": no terminal to ask on/);
    expect(host.stderr()).not.toContain('--confirm-tokens allow —');
  } finally {
    host.close();
  }
});

test('with --confirm-tokens allow the host says so when it starts, and reveals', async ({
  page,
}) => {
  const host = await spawnHost(['--confirm-tokens', 'allow']);
  try {
    await page.goto(`${host.url}#streams`);
    await addStream(page, { name: 'Acme', token: TOKEN });
    const card = streamCard(page, 'Acme');
    await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
    await expect(card.getByText(TOKEN)).toBeVisible();
    expect(host.stderr()).toContain(
      'Peaksend preview: --confirm-tokens allow — tokens are shown, copied and sent to custom ' +
        'endpoints without asking. For automated tests only.',
    );
  } finally {
    host.close();
  }
});

test.describe('a token is bound to where it is sent', () => {
  test('the page cannot move a stream without its token: base URL and token stay as they were', async ({
    page,
    app,
  }) => {
    const home = await startSandbox({ port: 0, tokens: [TOKEN] });
    const capture = await startSandbox({ port: 0, tokens: [TOKEN] });
    try {
      await openStreams(page, app);
      await addStream(page, { name: 'Acme', token: TOKEN, baseUrl: home.baseUrl });
      const id = await acmeId(page);
      for (const baseUrl of [capture.baseUrl, 'https://evil.example']) {
        const moved = await page.evaluate(
          ([streamId, url]) =>
            (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.update({
              id: streamId,
              name: 'Acme',
              type: 'marketing',
              defaultSender: '',
              allowedIps: [],
              baseUrl: url,
              rateLimit: 50,
            }),
          [id, baseUrl] as const,
        );
        expect(moved, baseUrl).toMatchObject({
          ok: false,
          error: {
            code: 'TOKEN_REQUIRED',
            message: 'Enter the token again to change where it is sent.',
          },
        });
      }

      const after = await page.evaluate(async () => {
        const list = await (
          globalThis as unknown as { peaksend: PeaksendApi }
        ).peaksend.streams.list();
        return list.ok ? list.value.find((s) => s.name === 'Acme') : undefined;
      });
      expect((after as StreamView | undefined)?.baseUrl).toBe(home.baseUrl);
      const revealed = await page.evaluate(
        (streamId) =>
          (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.reveal({
            id: streamId,
          }),
        id,
      );
      expect(revealed).toEqual({ ok: true, value: { token: TOKEN } });

      // A test send still goes where the token was entered for, not to the capture server.
      const sent = await page.evaluate(
        (streamId) =>
          (globalThis as unknown as { peaksend: PeaksendApi }).peaksend.streams.sendTest({
            id: streamId,
            phone: '+447911123456',
            text: 'Hi',
          }),
        id,
      );
      expect(sent).toMatchObject({ ok: true, value: { accepted: true } });
      expect(home.received()).toHaveLength(1);
      expect(capture.received()).toEqual([]);
    } finally {
      await home.close();
      await capture.close();
    }
  });

  test('editing the address asks for the token, and the stream then sends to the new one', async ({
    page,
    app,
  }) => {
    const home = await startSandbox({ port: 0, tokens: [TOKEN] });
    const next = await startSandbox({ port: 0, tokens: ['tok_next_0000000042'] });
    try {
      await openStreams(page, app);
      await addStream(page, { name: 'Acme', token: TOKEN, baseUrl: home.baseUrl });
      const card = streamCard(page, 'Acme');
      await card.getByRole('button', { name: 'Edit Acme' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit Acme' });
      const token = dialog.getByLabel('Token', { exact: true });
      await expect(token).toHaveCount(0);

      await dialog.getByLabel('Base URL').fill(next.baseUrl);
      await expect(token).toBeVisible();
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(token).toHaveAccessibleDescription(/Paste the stream’s API token/);
      await token.fill('tok_next_0000000042');
      await dialog.getByLabel('Store the token unprotected').check();
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(dialog).toBeHidden();
      await expect(card.getByText('••••0042')).toBeVisible();

      await card.getByRole('button', { name: 'Send test message from Acme' }).click();
      const send = page.getByRole('dialog', { name: 'Send a test message from Acme' });
      await send.getByLabel('Phone number').fill('+447911123456');
      await send.getByRole('button', { name: 'Send test message' }).click();
      await expect(send.getByRole('status').getByText('Accepted by CommPeak')).toBeVisible();
      expect(next.received()).toHaveLength(1);
      expect(home.received()).toEqual([]);
    } finally {
      await home.close();
      await next.close();
    }
  });
});

test('tokens under 8 characters are refused, and under 12 show no last four', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await page.getByRole('button', { name: 'Add stream' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add stream' });
  await dialog.getByLabel('Name', { exact: true }).fill('Short');
  const token = dialog.getByLabel('Token', { exact: true });
  await token.fill('abc1234');
  await dialog.getByLabel('Store the token unprotected').check();
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(token).toHaveAccessibleDescription(
    /A token has at least 8 characters; check that all of it was pasted/,
  );
  await token.fill('abcd1234');
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(dialog).toBeHidden();
  const card = streamCard(page, 'Short');
  await expect(card.getByText('••••••••')).toBeVisible();
  expect(await page.content()).not.toContain('1234');
});

test('"Ask before showing or copying a token" is on, and turning it off is confirmed by the host', async ({
  page,
  app,
}) => {
  // This host confirms by itself (--confirm-tokens allow), as a user at its terminal would.
  await openSettings(page, app);
  const box = page
    .getByRole('region', { name: 'Security' })
    .getByRole('checkbox', { name: 'Ask before showing or copying a token' });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page.getByText('Tokens are now shown and copied without asking.')).toBeVisible();
  await page.reload();
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(box).toBeEnabled();
  await page.reload();
  await expect(box).toBeChecked();
});
