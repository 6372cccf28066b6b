import type { Locator, Page } from '@playwright/test';
import { openDatabase } from '../../main/engine/db/open-database';
// Brings in the `window.peaksend` type for page.evaluate callbacks.
import type {} from '../../renderer/peaksend-api';
import { QuietHours } from '../../main/engine/campaigns/quiet-hours';
import { checkSenderRules, effectiveSenderRules } from '../../shared/compliance/sender-rules';
import { defaultQuietHoursPolicy } from '../../shared/schedule/quiet-hours-policy';
import { seedList } from '../support/seed-contacts';
import { expect, type AppFixture } from './fixtures';

export interface SeedList {
  readonly name: string;
  readonly count: number;
  readonly fields?: (i: number) => Record<string, string>;
  readonly prefix?: string;
  readonly country?: string;
}

export interface SeedOptions {
  readonly lists: readonly SeedList[];
  /** Engine settings key 'priceTable'. */
  readonly prices?: readonly { country: string; pricePerPart: number; currency: string }[];
  /** Phones on the opt-out list. */
  readonly suppressed?: readonly string[];
}

/** Writes lists, prices and opt-outs straight into the engine's database (after it started). */
export async function seed(app: AppFixture, options: SeedOptions): Promise<number[]> {
  await app.host.engine.ready();
  const db = openDatabase(app.dataDir);
  try {
    const ids = options.lists.map((l) =>
      seedList(db, l.name, l.count, {
        ...(l.fields ? { fields: l.fields } : {}),
        ...(l.prefix ? { prefix: l.prefix } : {}),
        ...(l.country ? { country: l.country } : {}),
      }),
    );
    if (options.prices) {
      db.prepare(`INSERT INTO settings (key, value_json) VALUES ('priceTable', ?)`).run(
        JSON.stringify(options.prices),
      );
    }
    const at = new Date().toISOString();
    for (const phone of options.suppressed ?? []) {
      db.prepare(
        `INSERT INTO suppressions (phone, source, note, created_at) VALUES (?, 'manual', NULL, ?)`,
      ).run(phone, at);
    }
    return ids;
  } finally {
    db.close();
  }
}

/**
 * Single-zone countries spread around the globe whose shipped sender rules accept the Sandbox's
 * sender ("Peaksend") without a word, so a test about something else sees no sender finding.
 */
const AROUND_THE_GLOBE = [
  'NZ',
  'FJ',
  'JP',
  'TH',
  'KH',
  'IN',
  'LK',
  'AE',
  'GE',
  'KE',
  'DE',
  'GB',
  'AR',
  'UY',
  'CO',
  'PE',
  'CR',
].filter(
  (c) =>
    checkSenderRules('Peaksend', [{ country: c, recipients: 1 }], effectiveSenderRules({}))
      .length === 0,
);

/**
 * A country where it is daytime now (and in the next quarter hour), so a marketing campaign
 * that respects quiet hours sends at once whatever time the tests run. Single-zone countries
 * spread around the globe: one of them is always inside the default 08:00–21:00 window.
 */
export function daytimeCountry(now = Date.now()): string {
  const quiet = new QuietHours(defaultQuietHoursPolicy);
  const found = AROUND_THE_GLOBE.find(
    (c) => quiet.isAllowed(c, now) && quiet.isAllowed(c, now + 15 * 60_000),
  );
  if (!found) throw new Error('No daytime country found; extend the candidates.');
  return found;
}

/** A country where it is night now and for the next quarter hour. */
export function nightCountry(now = Date.now()): string {
  const quiet = new QuietHours(defaultQuietHoursPolicy);
  const found = AROUND_THE_GLOBE.find(
    (c) => !quiet.isAllowed(c, now) && !quiet.isAllowed(c, now + 15 * 60_000),
  );
  if (!found) throw new Error('No night-time country found; extend the candidates.');
  return found;
}

/** The nth seeded phone (seedList numbers them +49152 00000001, …). */
export function seededPhone(i: number, prefix = '+49152'): string {
  return `${prefix}${String(i).padStart(8, '0')}`;
}

/** Opens the Campaigns page, creates a campaign and waits for the editor's Audience step. */
export async function newCampaign(page: Page, app: AppFixture): Promise<number> {
  await app.open(page, '#campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(stepHeading(page, 'Audience')).toBeVisible();
  const id = Number(/#campaigns\/edit\/(\d+)/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

export function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

export async function goToStep(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Campaign steps' })
    .getByRole('button', { name })
    .click();
  await expect(stepHeading(page, name)).toBeVisible();
}

export async function chooseList(page: Page, name: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Send to these lists' });
  await group.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
}

export function messageBox(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Message text' });
}

export function counter(page: Page) {
  return {
    chars: page.getByTestId('counter-chars'),
    encoding: page.getByTestId('counter-encoding'),
    parts: page.getByTestId('counter-parts'),
    left: page.getByTestId('counter-left'),
  };
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-indicator [role="status"]')).toHaveText('Saved');
}

/** Any request that leaves this computer is recorded and refused: the editor works offline. */
export async function recordExternalRequests(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    async (route) => {
      external.push(route.request().url());
      await route.abort();
    },
  );
  return external;
}
