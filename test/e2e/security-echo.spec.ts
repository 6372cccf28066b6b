import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../main/engine/db/open-database';
import {
  headerSafe,
  internalIdsOf,
  startEchoServer,
  uuidsOf,
  type EchoReply,
} from '../support/echo-server';
import { filesUnder } from '../support/files-under';
import { seedList } from '../support/seed-contacts';
import { findTokenTrace, tokenForms } from '../support/token-forms';
import { expect, test } from './fixtures';
import { addStream, streamCard } from './streams-steps';

// Has `/` and `+`, so its JSON, percent and base64 forms all differ from the token itself.
const TOKEN = 'Cp7xQ9/Lm+Zr4TkW2vNsE8hYjB5';
const forms = tokenForms(TOKEN)
  .filter((f) => !f.needsSpace)
  .map((f) => f.text);
const form = (i: number) => forms[i % forms.length] ?? TOKEN;
const allForms = forms.join(' | ');

/**
 * The hostile server: every reply echoes the token, in every form (uuids, statuses, task ids,
 * details, error codes, headers), on success and on failure. Test sends (one message) are
 * accepted the first time and refused with 422 after; a campaign's first three batches are
 * accepted (one real uuid each, the rest echoed, one per-message error) and the rest refused
 * with 403, which pauses it.
 */
function echoReplies() {
  let tests = 0;
  let batches = 0;
  return (path: string, body: unknown): EchoReply => {
    const headers = Object.fromEntries(forms.filter(headerSafe).map((f, i) => [`X-Echo-${i}`, f]));
    if (path === '/messages_status/') {
      const messages = uuidsOf(body).map((u, i) => ({
        message_uuid: u,
        status: form(i + 3),
        note: allForms,
      }));
      return { status: 200, headers, body: { status: true, messages } };
    }
    const ids = internalIdsOf(body);
    const single = ids.length === 1;
    if (single ? ++tests > 1 : ++batches > 3) {
      return single
        ? {
            status: 422,
            headers,
            body: { detail: [{ loc: ['body', form(7)], msg: allForms, type: form(9) }] },
          }
        : { status: 403, headers, body: { detail: `token ${allForms} is not allowed` } };
    }
    const messages = ids.map((id, i) => {
      if (!single && i === 0) return { internal_id: id, message_uuid: `real-${batches}` };
      if (i === 1)
        return { internal_id: id, message_uuid: null, error: form(i), details: allForms };
      return { internal_id: id, message_uuid: form(batches * 5 + i), error: null };
    });
    return {
      status: 200,
      headers,
      body: { status: true, task_id: form(batches), details: allForms, messages },
    };
  };
}

interface Host {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
  stop(): Promise<void>;
}

/** The bundled preview host as `npm run web` starts it, with its whole output kept. */
async function startHost(dataDir: string): Promise<Host> {
  const child = spawn(
    process.execPath,
    ['dist/preview/host.mjs', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve) =>
    lines.on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('READY ')) resolve(line.slice('READY '.length));
    }),
  );
  return {
    child,
    url,
    output: () => output,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Every file of the data folder as text: its bytes as Latin-1 and as UTF-16. */
function dataFolder(dir: string): [string, string][] {
  return filesUnder(dir).flatMap((file): [string, string][] => {
    const bytes = readFileSync(file);
    return [
      [file, bytes.toString('latin1')],
      [`${file} (UTF-16)`, bytes.toString('utf16le')],
    ];
  });
}

/** Everything a page shows or holds: text, markup with every attribute, and field values. */
async function pageContent(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea, select')].map(
        (e) => (e as HTMLInputElement).value,
      ),
    ].join('\n'),
  );
}

test('a server that echoes the token in every form leaves no trace of it anywhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const replies = echoReplies();
  const echo = await startEchoServer((call) => replies(call.path, call.body));
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-e2e-echo-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(`${host.url}#streams`);
    await expect(streamCard(page, 'Sandbox')).toBeVisible();
    await addStream(page, { name: 'Echo', token: TOKEN, baseUrl: echo.baseUrl });

    // Test sends: accepted with an echoed uuid (withheld), then refused with echoed details.
    await streamCard(page, 'Echo')
      .getByRole('button', { name: 'Send test message from Echo' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Send a test message from Echo' });
    await dialog.getByLabel('Phone number').fill('+447911123456');
    await dialog.getByRole('button', { name: 'Send test message' }).click();
    await expect(
      dialog.getByRole('status').getByText('Accepted by CommPeak (message [redacted]).'),
    ).toBeVisible();
    await expect(dialog.getByRole('status').locator('code')).toHaveText('[redacted]');
    await dialog.getByRole('button', { name: 'Send again' }).click();
    await expect(dialog.getByRole('status').getByText(/\(422\): \[redacted\]/)).toBeVisible();
    const sendTestText = await pageContent(page);
    await page.keyboard.press('Escape');

    // A campaign on the echo stream: some rows accepted, polled, refused, then a 403 pause.
    const db = openDatabase(dataDir);
    const listId = seedList(db, 'Customers', 40);
    db.close();
    const id = await page.evaluate(async (list) => {
      const api = window.peaksend;
      const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const stream = unwrap(await api.streams.list()).find((s) => s.name === 'Echo');
      const c = unwrap(await api.campaigns.create({ name: 'Echoed' }));
      unwrap(
        await api.campaigns.update({
          id: c.id,
          patch: {
            streamId: stream?.id ?? '',
            sender: 'Brand',
            template: 'Hi {first_name}',
            listIds: [list],
            quietHours: false,
            batchSize: 5,
            concurrency: 1,
          },
        }),
      );
      unwrap(await api.campaigns.start({ id: c.id }));
      return c.id;
    }, listId);
    await page.goto(`${host.url}#campaigns/progress/${id}`);
    await page.reload();
    await expect(page.locator('.cp-subtitle').getByText('Paused', { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText(/\[redacted\]/).first()).toBeVisible();
    // The three real uuids are polled (5 s after acceptance); their echoed statuses come back.
    await expect
      .poll(() => echo.calls.filter((c) => c.path === '/messages_status/').length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByRole('cell', { name: '[redacted]' }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByRole('status').getByText(/Exported 40 rows/)).toBeVisible();

    const pages = [sendTestText, await pageContent(page)];
    // Only the hash changes: reload so the app opens on that route.
    await page.goto(`${host.url}#streams`);
    await page.reload();
    await expect(streamCard(page, 'Echo')).toBeVisible();
    pages.push(await pageContent(page));
    await page.goto(`${host.url}#campaigns`);
    await page.reload();
    await expect(page.getByText('Echoed').first()).toBeVisible();
    pages.push(await pageContent(page));
    const exports = readdirSync(join(dataDir, 'exports'));
    expect(exports).toHaveLength(1);
    // The data folder while the host runs (the SQLite WAL is there now) and after it stopped.
    const running = dataFolder(dataDir);
    await host.stop();

    // The server really echoed it, on both paths.
    expect(echo.calls.length).toBeGreaterThan(6);
    expect(host.output()).toContain('(notification) Campaign paused');
    const scans: [string, string][] = [
      ...pages.map((text, i): [string, string] => [`page ${i}`, text]),
      ['host stdout and stderr, with notifications', host.output()],
      ...running,
      ...dataFolder(dataDir),
    ];
    expect(running.some(([what]) => what.endsWith('peaksend.sqlite-wal'))).toBe(true);
    expect(scans.some(([what]) => what.includes(join('exports', exports[0] ?? '')))).toBe(true);
    for (const [what, text] of scans) expect(findTokenTrace(text, TOKEN), what).toBeNull();
  } finally {
    if (host.child.exitCode === null) await host.stop();
    await echo.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
