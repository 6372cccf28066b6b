import { describe, expect, it } from 'vitest';
import type { CampaignProgress, CampaignSummary } from '../../../shared/campaigns/campaign-types';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const ctx = { trusted: true, origin: 'test' };

describe('the campaign list and the progress page', () => {
  it('show the same recipients and cost, also after the price table changed', async () => {
    const { engine, creds } = await engineWithSandbox({
      sandbox: { delivery: { delayMs: [0, 0] } },
    });
    engine.settings.setPriceTable([{ country: 'DE', pricePerPart: 0.05, currency: 'EUR' }]);
    const c = testCampaign(engine, seedList(engine.db, 'L', 40));
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done'], 10_000);
    // New prices after the send: one page must not price it anew while the other does not.
    engine.settings.setPriceTable([{ country: 'DE', pricePerPart: 0.09, currency: 'EUR' }]);
    const list = await engine.dispatch('campaigns:list', undefined, ctx);
    const detail = await engine.dispatch('campaigns:progress', { id: c.id }, ctx);
    if (!list.ok || !detail.ok) throw new Error('call failed');
    const row = (list.value as CampaignSummary[]).find((s) => s.id === c.id);
    const p = detail.value as CampaignProgress;
    expect(row?.recipients).toBe(p.total);
    expect(row?.partsSent).toBe(p.partsSent);
    expect(row?.cost).toBe(p.costSoFar);
    expect(row?.accepted).toBe(p.byGroup.accepted + p.byGroup.delivered);
    expect(p.total).toBe(40);
    expect(p.costSoFar).toBe(2);
  });
});
