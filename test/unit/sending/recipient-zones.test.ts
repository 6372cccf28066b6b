import { describe, expect, it } from 'vitest';
import { queryResults } from '../../../main/engine/campaigns/campaign-results';
import { QuietHours } from '../../../main/engine/campaigns/quiet-hours';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { sleep, waitFor } from '../../support/wait';

// 14:00 UTC on a Friday in November: 09:00 in New York, 06:00 in Los Angeles, 04:00 in Honolulu.
const FRIDAY_14_UTC = Date.parse('2026-11-27T14:00:00Z');
/** The sandbox records numbers as CommPeak receives them, without the plus. */
const sentTo = (sandbox: { received(): readonly { phone: string }[] }) =>
  sandbox.received().map((m) => `+${m.phone.replace(/^\+/, '')}`);
const US = [
  { phone: '+12125550101', country: 'US' }, // New York
  { phone: '+12125550102', country: 'US' },
  { phone: '+18085550103', country: 'US' }, // Honolulu
  { phone: '+14155550104', country: 'US' }, // San Francisco
];

describe('quiet hours in each recipient’s own zone', () => {
  it('sends to New York at 09:00 there while Honolulu and California wait for their morning', async () => {
    const clock = { t: FRIDAY_14_UTC };
    const { engine, sandbox, creds } = await engineWithSandbox({
      sandbox: { delivery: { delayMs: [0, 0] } },
      engine: { now: () => clock.t },
    });
    const list = seedList(engine.db, 'US', US.length, { phone: (i) => US[i - 1]! });
    const c = testCampaign(engine, list, { quietHours: true, sender: '+12125550100' });
    await engine.coordinator.start(c.id, creds);
    // The country's strictest zone (Hawaii) would hold every US number until 18:00 UTC.
    await waitFor(() => sandbox.received().length === 2, 5000);
    expect(sentTo(sandbox).sort()).toEqual(['+12125550101', '+12125550102']);
    const zones = engine.db
      .prepare(
        'SELECT phone, zone, zone_uncertain AS u FROM ledger WHERE campaign_id = ? ORDER BY seq',
      )
      .all(c.id)
      .map((r) => [r.phone, r.zone, r.u]);
    expect(zones).toEqual([
      ['+12125550101', 'America/New_York', 0],
      ['+12125550102', 'America/New_York', 0],
      ['+18085550103', 'Pacific/Honolulu', 0],
      ['+14155550104', 'America/Los_Angeles', 0],
    ]);
    // Each held row says until when, in its own time and in UTC.
    const page = queryResults(
      engine.db,
      { id: c.id, group: 'pending', search: '', variant: 'all', offset: 0, limit: 10 },
      { quietHours: new QuietHours(engine.settings.quietHours()), now: clock.t },
    );
    expect(page.rows.map((r) => [r.phone, r.heldUntil])).toEqual([
      ['+18085550103', { at: '2026-11-27T18:00:00.000Z', local: '08:00' }],
      ['+14155550104', { at: '2026-11-27T16:00:00.000Z', local: '08:00' }],
    ]);
    const p = engine.coordinator.progress(c.id);
    expect(p.heldForQuietHours).toBe(2);
    expect(p.quietHoursOpenAt).toBe(Date.parse('2026-11-27T16:00:00Z')); // 08:00 in California
    // The ETA simulates the releases: the last row (Honolulu) can go at 18:00 UTC, 4 h from now,
    // not "the first opening plus the held rows at the send rate" (2 h).
    expect(p.etaSeconds).toBeGreaterThanOrEqual(4 * 3600);
    expect(p.etaSeconds).toBeLessThan(4 * 3600 + 60);
    clock.t = Date.parse('2026-11-27T16:01:00Z');
    await waitFor(() => sandbox.received().length === 3, 8000);
    await sleep(200);
    expect(sentTo(sandbox)).not.toContain('+18085550103');
  });
});
