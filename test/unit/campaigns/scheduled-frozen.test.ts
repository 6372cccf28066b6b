import { describe, expect, it } from 'vitest';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';

const ctx = { trusted: true, origin: 'test' };

describe('a scheduled campaign', () => {
  it('refuses edits to what was checked, but its editor may still change step', async () => {
    const { engine, creds } = await engineWithSandbox();
    const list = seedList(engine.db, 'L', 2);
    const at = new Date(Date.now() + 3600_000).toISOString();
    const c = testCampaign(engine, list, { scheduleAt: at });
    expect((await engine.coordinator.start(c.id, creds)).status).toBe('scheduled');

    const edit = await engine.dispatch(
      'campaigns:update',
      { id: c.id, patch: { template: 'Changed behind the schedule' } },
      ctx,
    );
    expect(edit).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'This campaign is scheduled. Unschedule to edit.' },
    });
    expect(engine.campaigns.get(c.id).template).toBe('Hi');

    const step = await engine.dispatch(
      'campaigns:update',
      { id: c.id, patch: { draftStep: 'review' } },
      ctx,
    );
    expect(step).toMatchObject({ ok: true, value: { draftStep: 'review', status: 'scheduled' } });

    await engine.coordinator.pause(c.id);
    const after = await engine.dispatch(
      'campaigns:update',
      { id: c.id, patch: { template: 'Now' } },
      ctx,
    );
    expect(after).toMatchObject({ ok: true, value: { template: 'Now' } });
  });
});
