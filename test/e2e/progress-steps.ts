import type { Locator, Page } from '@playwright/test';
import { openDatabase } from '../../main/engine/db/open-database';
import { seedList } from '../support/seed-contacts';
import { expect, type AppFixture } from './fixtures';

export interface CampaignSetup {
  readonly recipients: number;
  readonly name?: string;
  /** The Sandbox stream's rate limit in parts per second (default 50). */
  readonly rateLimit?: number;
  readonly profile?: 'clean' | 'flaky';
  readonly batchSize?: number;
  readonly fields?: (i: number) => Record<string, string>;
  /** Send through a stream added for the test (a sandbox the test controls) instead of Sandbox. */
  readonly stream?: { readonly baseUrl: string; readonly token: string };
}

/**
 * Seeds a contact list, makes a Sandbox campaign for it through the app's own API, opens its
 * progress page, and returns the campaign id. The campaign is not started yet.
 */
export async function prepareCampaign(
  page: Page,
  app: AppFixture,
  setup: CampaignSetup,
): Promise<number> {
  const db = openDatabase(app.dataDir);
  let listId: number;
  try {
    listId = seedList(
      db,
      'Customers',
      setup.recipients,
      setup.fields ? { fields: setup.fields } : {},
    );
  } finally {
    db.close();
  }
  await app.open(page, '#campaigns');
  const id = await page.evaluate(
    async (args) => {
      const api = window.peaksend;
      const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      unwrap(await api.streams.setSandboxProfile({ profile: args.profile }));
      unwrap(
        await api.streams.update({
          id: 'sandbox',
          name: 'Sandbox',
          type: 'marketing',
          defaultSender: 'Peaksend',
          allowedIps: [],
          baseUrl: 'https://api.commpeak.com',
          rateLimit: args.rateLimit,
        }),
      );
      const streamId = args.stream
        ? unwrap(
            await api.streams.add({
              name: 'Test stream',
              type: 'marketing',
              defaultSender: 'Peaksend',
              allowedIps: [],
              baseUrl: args.stream.baseUrl,
              rateLimit: args.rateLimit,
              token: args.stream.token,
              acceptUnprotected: true,
            }),
          ).id
        : 'sandbox';
      const c = unwrap(await api.campaigns.create({ name: args.name }));
      unwrap(
        await api.campaigns.update({
          id: c.id,
          patch: {
            streamId,
            template: 'Hi {first_name} Reply STOP to opt out',
            listIds: [args.listId],
            quietHours: false,
            ...(args.batchSize ? { batchSize: args.batchSize } : {}),
          },
        }),
      );
      return c.id;
    },
    {
      listId,
      name: setup.name ?? 'Spring sale',
      profile: setup.profile ?? 'clean',
      rateLimit: setup.rateLimit ?? 50,
      batchSize: setup.batchSize,
      stream: setup.stream,
    },
  );
  await app.open(page, `#campaigns/progress/${id}`);
  // Only the hash changed: reload so the app opens on the progress route.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: setup.name ?? 'Spring sale' }),
  ).toBeVisible();
  return id;
}

/** Starts a prepared campaign the way the editor's Send button does. */
export async function startCampaign(page: Page, id: number): Promise<void> {
  const error = await page.evaluate(async (campaignId) => {
    const r = await window.peaksend.campaigns.start({ id: campaignId });
    return r.ok ? null : r.error.message;
  }, id);
  expect(error).toBeNull();
}

/** The figure shown under a state's label ("Accepted", "Uncertain", …). */
export function countOf(page: Page, label: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd');
}

export async function countValue(page: Page, label: string): Promise<number> {
  return Number((await countOf(page, label).innerText()).replace(/[^\d]/g, ''));
}

export function progressBar(page: Page): Locator {
  return page.getByRole('progressbar', { name: 'Campaign progress' });
}

export function statusBadge(page: Page, status: string): Locator {
  return page.locator('.cp-subtitle').getByText(status, { exact: true });
}
