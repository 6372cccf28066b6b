import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { openDatabase } from '../../main/engine/db/open-database';
import {
  defaultBridgeFile,
  defaultRendererDir,
  startPreviewHost,
  type PreviewHost,
} from '../../main/preview/preview-host';
import type { Campaign, CampaignProgress } from '../../shared/campaigns/campaign-types';
import { seedList } from '../support/seed-contacts';
import { goToStep } from './campaigns-steps';
import { countValue, statusBadge } from './progress-steps';

/** A Friday; the engine's clock starts at 06:30 UTC: 01:30 New York, 06:30 London, 07:30 Paris. */
const START = Date.parse('2026-11-27T06:30:00Z');
const at = (hhmmss: string) => Date.parse(`2026-11-27T${hhmmss}Z`);

const people = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({
    phone: `+121255501${String(i).padStart(2, '0')}`,
    country: 'US',
  })),
  ...[0, 1, 2].map((i) => ({ phone: `+44791112345${i}`, country: 'GB' })),
  ...[0, 1, 2].map((i) => ({ phone: `+3361234567${i}`, country: 'FR' })),
];

interface ClockApp {
  readonly host: PreviewHost;
  readonly dataDir: string;
  /** Moves the engine's clock to `ms` (it runs on from there at real speed). */
  setClock(ms: number): void;
}

// A preview host whose engine runs on a clock the test moves (test/support/fake-clock-engine-entry.ts).
const test = base.extend<{ app: ClockApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-e2e-clock-'));
    const clockFile = join(dataDir, 'test-clock.json');
    const setClock = (ms: number) =>
      writeFileSync(clockFile, JSON.stringify({ offsetMs: ms - Date.now() }));
    setClock(START);
    process.env.PEAKSEND_TEST_CLOCK_FILE = clockFile;
    let host: PreviewHost;
    try {
      host = await startPreviewHost({
        port: 0,
        dataDir,
        rendererDir: defaultRendererDir,
        bridgeFile: defaultBridgeFile,
        confirmTokens: 'allow',
        engineEntry: fileURLToPath(
          new URL('../support/fake-clock-engine-entry.ts', import.meta.url),
        ),
        log: () => {},
      });
    } finally {
      delete process.env.PEAKSEND_TEST_CLOCK_FILE;
    }
    await use({ host, dataDir, setClock });
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * A held row's words; the date shows because the browser's day (the real one) is not the
 * engine's (the test clock's).
 */
const held = (utc: string) =>
  new RegExp(`^Held until 08:00 their time \\((2026-11-27 )?${utc} UTC\\)$`);

/** Handed to CommPeak so far (accepted, or delivered already). */
const sent = async (page: Page) =>
  (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered'));

async function api<T>(page: Page, call: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ call, input }) => {
      const [domain, method] = call.split('.') as [string, string];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a call named by the test
      const fn = (window.peaksend as any)[domain][method] as (i: unknown) => Promise<{
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      }>;
      const r = await fn(input);
      if (!r.ok) throw new Error(r.error?.message);
      return r.value;
    },
    { call, input },
  ) as Promise<T>;
}

test('a mixed US/GB/FR list waits for each recipient’s morning: warned before, held rows say until when, and the ETA is right while they wait', async ({
  page,
  app,
}) => {
  const db = openDatabase(app.dataDir);
  const listId = seedList(db, 'Mixed', people.length, { phone: (i) => people[i - 1]! });
  db.close();
  const url = new URL(app.host.url);
  url.hash = '#campaigns';
  await page.goto(url.toString());
  const campaign = await api<Campaign>(page, 'campaigns.create', { name: 'Morning sale' });
  await api(page, 'campaigns.update', {
    id: campaign.id,
    patch: {
      streamId: 'sandbox',
      sender: '+12125550100',
      template: 'Morning sale today. Reply STOP to opt out',
      listIds: [listId],
      quietHours: true,
    },
  });
  url.hash = `#campaigns/edit/${campaign.id}`;
  await page.goto(url.toString());
  await page.reload();

  // Before sending: the Review and the confirmation say who waits, from when, until about when.
  await goToStep(page, 'Review');
  const warning =
    'All 12 recipients are in quiet hours now; sending to them starts 07:00 UTC and ends about 13:00 UTC.';
  await expect(page.getByText(warning)).toBeVisible();
  await expect(page.getByText('No compliance problems found.')).toHaveCount(0);
  await goToStep(page, 'Send');
  const acknowledge = page.getByLabel('I have read the warnings and want to send anyway');
  if (await acknowledge.isVisible()) await acknowledge.check();
  await page.getByRole('button', { name: 'Send…' }).click();
  const dialog = page.getByRole('dialog', { name: /Send to 12 recipients/ });
  await expect(dialog.getByText('Nobody is sent to at once.', { exact: false })).toBeVisible();
  await expect(dialog.getByText(warning)).toBeVisible();
  await expect(dialog.getByText('Sending starts at once.')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Send now' }).click();
  await expect(page).toHaveURL(new RegExp(`#campaigns/progress/${campaign.id}$`));

  // Held rows: each says until when, in its own time and in UTC.
  await expect(page.getByText(/12 recipients are waiting for quiet hours/)).toBeVisible();
  await expect(page.getByText(held('13:00'))).toHaveCount(6);
  await expect(page.getByText(held('08:00'))).toHaveCount(3);
  await expect(page.getByText(held('07:00'))).toHaveCount(3);

  // The ETA while everyone waits, then the run on the moving clock.
  const p = await api<CampaignProgress>(page, 'campaigns.progress', { id: campaign.id });
  expect(p.heldForQuietHours).toBe(12);
  expect(p.etaSeconds).not.toBeNull();
  const predicted = p.at + (p.etaSeconds ?? 0) * 1000;
  app.setClock(at('06:59:57'));
  await expect.poll(() => sent(page), { timeout: 20_000 }).toBe(3);
  app.setClock(at('07:59:57'));
  await expect.poll(() => sent(page), { timeout: 20_000 }).toBe(6);
  app.setClock(at('12:59:57'));
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });
  const done = await api<Campaign>(page, 'campaigns.get', { id: campaign.id });
  const finished = Date.parse(done.finishedAt ?? '');
  // Within 10 % of the actual time it took (6.5 hours of engine time).
  expect(Math.abs(predicted - finished)).toBeLessThan(0.1 * (finished - p.at));
  expect(finished).toBeGreaterThanOrEqual(at('13:00:00'));
});
