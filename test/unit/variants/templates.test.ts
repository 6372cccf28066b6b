import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import type { MessageTemplate } from '../../../shared/campaigns/message-template';
import { defaultUtm } from '../../../shared/campaigns/message-variants';
import { seedList } from '../../support/seed-contacts';
import { testDataDir, testEngine } from '../../support/test-engine';
import type { Engine } from '../../../main/engine/engine';

function caller(engine: Engine) {
  return async <T>(method: string, input?: unknown): Promise<T> => {
    const r = await engine.dispatch(method, input, { trusted: true, origin: 'engine' });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
}

const message = {
  variants: [
    { name: 'Friendly', template: 'Hi {first_name}! https://shop.example' },
    { name: '', template: 'Last day of the sale' },
  ],
  optOutFooter: 'Reply STOP to opt out',
  split: { kind: 'test', testPercent: 10 },
  utm: { ...defaultUtm, enabled: true, medium: 'text' },
} as const;

describe('message templates', () => {
  it('saves a campaign’s message and starts new campaigns from it, also after a restart', async () => {
    const dataDir = testDataDir();
    const engine = testEngine({ dataDir });
    const call = caller(engine);
    const list = seedList(engine.db, 'L', 3);
    const source = await call<Campaign>('campaigns:create', { name: 'May' });
    await call('campaigns:update', { id: source.id, patch: { ...message, listIds: [list] } });
    const saved = await call<MessageTemplate>('templates:save', {
      campaignId: source.id,
      name: 'Weekly sale',
    });
    expect(saved.message).toEqual(message);
    await expect(
      call('templates:save', { campaignId: source.id, name: 'WEEKLY SALE' }),
    ).rejects.toThrow(/CONFLICT: A template named “WEEKLY SALE” already exists/);
    await engine.close();

    // Templates live in SQLite with the drafts: a new engine (offline, no stream) has them.
    const next = testEngine({ dataDir });
    const call2 = caller(next);
    const [listed] = await call2<MessageTemplate[]>('templates:list');
    expect(listed?.name).toBe('Weekly sale');
    const fresh = await call2<Campaign>('templates:newCampaign', { id: saved.id });
    expect(fresh).toMatchObject({
      name: 'Weekly sale',
      status: 'draft',
      draftStep: 'audience',
      template: message.variants[0].template,
      variants: message.variants,
      split: message.split,
      utm: message.utm,
      optOutFooter: message.optOutFooter,
      listIds: [],
    });

    // Applying one to a draft replaces its message and keeps its audience.
    const other = await call2<Campaign>('campaigns:create', { name: 'June' });
    await call2('campaigns:update', {
      id: other.id,
      patch: { template: 'Old text', listIds: [list], streamId: 'sandbox' },
    });
    const applied = await call2<Campaign>('templates:apply', {
      id: saved.id,
      campaignId: other.id,
    });
    expect(applied.variants).toEqual(message.variants);
    expect(applied.listIds).toEqual([list]);
    expect(applied.status).toBe('ready');

    const renamed = await call2<MessageTemplate>('templates:rename', {
      id: saved.id,
      name: 'Sale, weekly',
    });
    expect(renamed.name).toBe('Sale, weekly');
    // Replacing keeps one template of that name, with the new message.
    await call2('campaigns:update', {
      id: other.id,
      patch: { variants: [{ name: '', template: 'New' }] },
    });
    const replaced = await call2<MessageTemplate>('templates:save', {
      campaignId: other.id,
      name: 'sale, WEEKLY',
      replace: true,
    });
    expect(replaced.id).toBe(saved.id);
    expect(replaced.message.variants).toEqual([{ name: '', template: 'New' }]);
    await call2('templates:delete', { id: saved.id });
    expect(await call2('templates:list')).toEqual([]);
    await expect(call2('templates:newCampaign', { id: saved.id })).rejects.toThrow(/NOT_FOUND/);
  });

  it('refuses to change the message of a campaign that has started', async () => {
    const engine = testEngine();
    const call = caller(engine);
    const c = await call<Campaign>('campaigns:create', { name: 'Sent' });
    const t = await call<MessageTemplate>('templates:save', { campaignId: c.id, name: 'T' });
    engine.campaigns.setStatus(c.id, 'done');
    await expect(call('templates:apply', { id: t.id, campaignId: c.id })).rejects.toThrow(
      /started sending/,
    );
  });
});
