import { describe, expect, it } from 'vitest';
import type { CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { CampaignStatusEvent } from '../../../shared/contract/campaigns-contract';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { sleep } from '../../support/wait';

// The progress page follows events only: every status change must be pushed, not just polled.

async function sendingCampaign() {
  const { engine, creds } = await engineWithSandbox({
    engine: { timeoutMs: 2000 },
    stream: { rateLimit: 20 },
  });
  const listId = seedList(engine.db, 'L', 200);
  const c = testCampaign(engine, listId, {
    name: 'Slow campaign',
    template: 'Hi {first_name} Reply STOP to opt out',
  });
  const statuses: CampaignStatusEvent[] = [];
  const progress: CampaignProgress[] = [];
  engine.onEvent((name, payload) => {
    if (name === 'campaigns:status') statuses.push(payload as CampaignStatusEvent);
    if (name === 'campaigns:progress') progress.push(payload as CampaignProgress);
  });
  await engine.coordinator.start(c.id, creds);
  return { engine, id: c.id, statuses, progress };
}

describe('status and progress events', () => {
  it('a pause by the user is pushed as paused, with its reason', async () => {
    const { engine, id, statuses, progress } = await sendingCampaign();
    await sleep(300);
    await engine.coordinator.pause(id);
    expect(statuses.at(-1)).toMatchObject({ campaignId: id, status: 'paused' });
    expect(statuses.at(-1)?.pauseReason).toEqual({ kind: 'user' });
    expect(progress.at(-1)?.status).toBe('paused');
  });

  it('a cancel is pushed as canceled', async () => {
    const { engine, id, statuses, progress } = await sendingCampaign();
    await sleep(300);
    await engine.coordinator.cancel(id);
    expect(statuses.at(-1)).toMatchObject({ campaignId: id, status: 'canceled' });
    expect(progress.at(-1)?.status).toBe('canceled');
    expect(progress.at(-1)?.byGroup.skipped).toBeGreaterThan(0);
  });

  it('progress says when the window of held rows opens', async () => {
    const clock = { t: Date.parse('2026-11-27T02:00:00Z') }; // 03:00 in Berlin
    const { engine, creds } = await engineWithSandbox({ engine: { now: () => clock.t } });
    const de = seedList(engine.db, 'DE', 3, { country: 'DE' });
    const c = testCampaign(engine, de, { quietHours: true });
    await engine.coordinator.start(c.id, creds);
    await sleep(300);
    const p = engine.coordinator.progress(c.id);
    expect(p.heldForQuietHours).toBe(3);
    // Germany's default window opens at 08:00 local time (07:00 UTC in November).
    expect(p.quietHoursOpenAt).toBe(Date.parse('2026-11-27T07:00:00Z'));
  });

  it('progress says when no rows wait for quiet hours', async () => {
    const { engine, id } = await sendingCampaign();
    const p = engine.coordinator.progress(id);
    expect(p.heldForQuietHours).toBe(0);
    expect(p.quietHoursOpenAt).toBeNull();
  });
});
