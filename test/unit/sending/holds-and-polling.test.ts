import { describe, expect, it } from 'vitest';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { sleep, waitForStatus } from '../../support/wait';

function setup(clock: { t: number }) {
  return engineWithSandbox({
    sandbox: { delivery: { delayMs: [0, 0] } },
    engine: { now: () => clock.t },
  });
}

describe('quiet-hour holds (injected clock)', () => {
  it('holds rows outside the recipient’s window and sends them when it opens', async () => {
    const clock = { t: Date.parse('2026-11-27T02:00:00Z') }; // 03:00 in Berlin
    const { engine, sandbox, creds } = await setup(clock);
    const de = seedList(engine.db, 'DE', 5, { country: 'DE', prefix: '+49152' });
    const c = testCampaign(engine, de, { quietHours: true });
    await engine.coordinator.start(c.id, creds);
    await sleep(400);
    expect(sandbox.received()).toHaveLength(0);
    const held = engine.coordinator.progress(c.id);
    expect(held.heldForQuietHours).toBe(5);
    expect(held.etaSeconds).toBeGreaterThanOrEqual(5 * 3600 - 60); // opens at 08:00 Berlin
    clock.t = Date.parse('2026-11-27T07:05:00Z'); // 08:05 Berlin
    await waitForStatus(engine, c.id, ['done'], 7500);
    expect(sandbox.received()).toHaveLength(5);
  });
});

describe('delivery status polling', () => {
  it('moves accepted rows to their delivery status, and resumes from the ledger after a restart', async () => {
    const clock = { t: Date.now() };
    const { engine, creds } = await setup(clock);
    const listId = seedList(engine.db, 'L', 30);
    const c = testCampaign(engine, listId);
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done'], 2000);
    expect(engine.coordinator.progress(c.id).byGroup.accepted).toBe(30);
    // Not due yet: the first poll waits 5 s after acceptance.
    expect(await engine.coordinator.pollNow()).toBe(0);
    clock.t += 6000;
    expect(await engine.coordinator.pollNow()).toBe(30);
    const p = engine.coordinator.progress(c.id);
    expect(p.byGroup.delivered).toBe(30);
    const due = engine.db
      .prepare('SELECT COUNT(*) AS n FROM ledger WHERE next_poll_at IS NOT NULL')
      .get();
    expect(due?.n).toBe(0);
  });
});
