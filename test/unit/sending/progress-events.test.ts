import { afterEach, describe, expect, it } from 'vitest';
import type { CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { CampaignStatusEvent } from '../../../shared/contract/campaigns-contract';
import { createEngine } from '../../../main/engine/engine';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import type { StreamCredentials } from '../../../main/engine-contract/stream-credentials';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

// The progress page follows events only: every status change must be pushed, not just polled.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function sendingCampaign() {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
  cleanups.push(() => sandbox.close());
  const engine = createEngine({ dataDir: dir.path, timeoutMs: 2000 });
  cleanups.push(() => engine.close());
  const creds: StreamCredentials = {
    id: 'stream-1',
    name: 'Test',
    sandbox: false,
    baseUrl: sandbox.baseUrl,
    token: 'tok-123456',
    rateLimit: 20,
    defaultSender: 'Brand',
  };
  const listId = seedList(engine.db, 'L', 200);
  const c = engine.campaigns.create('Slow campaign');
  engine.campaigns.update(c.id, {
    streamId: 'stream-1',
    template: 'Hi {first_name} Reply STOP to opt out',
    listIds: [listId],
    quietHours: false,
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
    await new Promise((r) => setTimeout(r, 300));
    await engine.coordinator.pause(id);
    expect(statuses.at(-1)).toMatchObject({ campaignId: id, status: 'paused' });
    expect(statuses.at(-1)?.pauseReason).toEqual({ kind: 'user' });
    expect(progress.at(-1)?.status).toBe('paused');
  });

  it('a cancel is pushed as canceled', async () => {
    const { engine, id, statuses, progress } = await sendingCampaign();
    await new Promise((r) => setTimeout(r, 300));
    await engine.coordinator.cancel(id);
    expect(statuses.at(-1)).toMatchObject({ campaignId: id, status: 'canceled' });
    expect(progress.at(-1)?.status).toBe('canceled');
    expect(progress.at(-1)?.byGroup.skipped).toBeGreaterThan(0);
  });

  it('progress says when the window of held rows opens', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
    cleanups.push(() => sandbox.close());
    const clock = { t: Date.parse('2026-11-27T02:00:00Z') }; // 03:00 in Berlin
    const engine = createEngine({ dataDir: dir.path, now: () => clock.t });
    cleanups.push(() => engine.close());
    const de = seedList(engine.db, 'DE', 3, { country: 'DE' });
    const c = engine.campaigns.create('Q', {
      streamId: 's1',
      template: 'Hi',
      listIds: [de],
      quietHours: true,
    });
    await engine.coordinator.start(c.id, {
      id: 's1',
      name: 'S',
      sandbox: false,
      baseUrl: sandbox.baseUrl,
      token: 'tok-123456',
      rateLimit: 1000,
      defaultSender: 'B',
    });
    await new Promise((r) => setTimeout(r, 300));
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
