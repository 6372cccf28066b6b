import type { Page } from '@playwright/test';
import type { ReceivedMessage } from '../../main/sandbox/message-log';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { sandboxControl } from '../support/sandbox-control';
import { expect } from './fixtures';

export const SANDBOX_TOKEN = 'e2e-variants-token';

/** A CommPeak sandbox on loopback that the test can ask what it received. */
export function loopbackSandbox(): Promise<SandboxHandle> {
  return startSandbox({ port: 0, tokens: [SANDBOX_TOKEN], latencyMs: [0, 0] });
}

/** Adds a stream to `sandbox` through the app's own API; returns its id. */
export async function addSandboxStream(page: Page, sandbox: SandboxHandle, name: string) {
  return page.evaluate(
    async (args) => {
      const r = await window.peaksend.streams.add({
        name: args.name,
        type: 'marketing',
        defaultSender: 'Peaksend',
        allowedIps: [],
        baseUrl: args.baseUrl,
        rateLimit: 200,
        token: args.token,
        acceptUnprotected: true,
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.id;
    },
    { name, baseUrl: sandbox.baseUrl, token: SANDBOX_TOKEN },
  );
}

/** What the sandbox says it received, from its own `/_sandbox/received`. */
export async function receivedTexts(sandbox: SandboxHandle): Promise<string[]> {
  const reply = await sandboxControl(sandbox.baseUrl, SANDBOX_TOKEN, 'received');
  expect(reply.status).toBe(200);
  const body = (await reply.json()) as { total: number; messages: ReceivedMessage[] };
  return body.messages.filter((m) => m.accepted).map((m) => m.text);
}

/** The figures of one row of "Progress by variant" ("A", "B", …, or "all" for the campaign). */
export async function variantRow(page: Page, variant: string): Promise<Record<string, number>> {
  const row = page
    .getByRole('table', { name: 'Progress by variant' })
    .locator(`tr[data-variant="${variant}"]`);
  const out: Record<string, number> = {};
  for (const cell of await row.locator('td[data-group]').all()) {
    const group = (await cell.getAttribute('data-group')) ?? '';
    out[group] = Number((await cell.innerText()).replace(/[^\d]/g, ''));
  }
  return out;
}

/** The variants' rows add up to the campaign's row, and to the page's own counts. */
export async function expectVariantsAddUp(page: Page, variants: readonly string[]): Promise<void> {
  const rows = await Promise.all(variants.map((v) => variantRow(page, v)));
  const whole = await variantRow(page, 'all');
  for (const [group, value] of Object.entries(whole)) {
    expect(
      rows.reduce((n, r) => n + (r[group] ?? 0), 0),
      `${group} per variant`,
    ).toBe(value);
    if (group === 'total') continue;
    const shown = page.locator(`.cp-counts dd[data-group="${group}"]`);
    await expect(shown).toHaveText(value.toLocaleString('en-US'));
  }
}
