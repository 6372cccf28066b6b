import { describe, expect, it } from 'vitest';
import { summarize } from '../../../main/engine/campaigns/campaign-queries';
import { allCounters } from '../../../main/engine/ledger/campaign-counts';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import {
  expectCountersMatchLedger,
  expectProgressMatchesLedger,
  ledgerStates,
} from '../../support/counters';
import { seedList } from '../../support/seed-contacts';
import {
  engineWithSandbox,
  testCampaign,
  testDataDir,
  testEngine,
} from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

/** Any fixed seed: the flaky profile's faults (5xx before and after, resets, hangs) repeat. */
const FLAKY_SEED = 11;

describe('per-campaign counters', () => {
  it('equal a fresh GROUP BY over the ledger after every kind of change a real send makes', async () => {
    // Real time, moved on for the status polls.
    const clock = { offset: 0 };
    const dataDir = testDataDir();
    const { engine, creds } = await engineWithSandbox({
      sandbox: { profile: 'flaky', seed: FLAKY_SEED, delivery: { delayMs: [0, 0] } },
      engine: { dataDir, timeoutMs: 500, now: () => Date.now() + clock.offset },
      stream: { rateLimit: 100_000 },
    });
    const check = (id: number, when: string) => {
      expectCountersMatchLedger(engine.db, when);
      expectProgressMatchesLedger(engine, id, when);
      const listed = summarize(
        [engine.campaigns.get(id)],
        (c) => engine.coordinator.figures(c),
        null,
      );
      expect(listed[0]?.recipients, when).toBe(engine.coordinator.progress(id).total);
    };
    const listId = seedList(engine.db, 'L', 400);
    engine.db
      .prepare(
        "INSERT INTO suppressions (phone, source, created_at) VALUES ('+4915200000007', 'manual', 'now')",
      )
      .run();
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'Hi {first_name}' },
        { name: '', template: 'Hello {first_name}, a longer text for variant B' },
      ],
    });
    // Materialise, mark submitting, outcomes of every kind (accepted, retryable, uncertain,
    // permanent), retries, the opt-out skip.
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done', 'paused'], 60_000);
    check(c.id, 'after the send');
    const states = ledgerStates(engine.db, c.id);
    expect(states.skipped).toBe(1);

    // Status polls: final statuses for the accepted rows.
    const acceptedBefore = ledgerStates(engine.db, c.id).accepted ?? 0;
    expect(acceptedBefore).toBeGreaterThan(0);
    for (let round = 0; round < 10; round++) {
      clock.offset += 60_000;
      await engine.coordinator.pollNow();
      if ((ledgerStates(engine.db, c.id).accepted ?? 0) === 0) break;
    }
    expect(ledgerStates(engine.db, c.id).accepted ?? 0).toBeLessThan(acceptedBefore);
    check(c.id, 'after the status polls');

    // Uncertain rows: resend some, mark the rest sent; failed ones retried.
    const uncertain = engine.db
      .prepare("SELECT seq FROM ledger WHERE campaign_id = ? AND state = 'uncertain' ORDER BY seq")
      .all(c.id)
      .map((r) => Number(r.seq));
    if (uncertain.length > 1) {
      await engine.coordinator.markUncertainSent(c.id, uncertain.slice(0, 1));
      check(c.id, 'after marking one uncertain row sent');
      await engine.coordinator.resendUncertain(c.id, creds, uncertain.slice(1));
      await waitForStatus(engine, c.id, ['done', 'paused'], 60_000);
      check(c.id, 'after resending the others');
    }
    if ((ledgerStates(engine.db, c.id).failed_permanent ?? 0) > 0) {
      await engine.coordinator.retryFailed(c.id, creds);
      await waitForStatus(engine, c.id, ['done', 'paused'], 60_000);
      check(c.id, 'after retrying the failed rows');
    }

    // A restart reads the same counters (the tracker is seeded from them).
    await engine.close();
    const again = testEngine({ dataDir });
    expectCountersMatchLedger(again.db, 'after a restart');
    expectProgressMatchesLedger(again, c.id, 'after a restart');

    // Deleting a campaign removes its counters with its rows (the foreign key's cascade).
    const draft = testCampaign(again, listId, { name: 'Draft' });
    materializeLedger(again.db, again.campaigns.get(draft.id));
    expect(allCounters(again.db).some((r) => r.campaignId === draft.id)).toBe(true);
    again.campaigns.delete(draft.id);
    expect(allCounters(again.db).filter((r) => r.campaignId === draft.id)).toEqual([]);
    expectCountersMatchLedger(again.db, 'after a deletion');
  }, 120_000);

  it('follow a test split: the held-back rows, the winner given to them, a cancel', async () => {
    const { engine, creds } = await engineWithSandbox({ stream: { rateLimit: 100_000 } });
    const listId = seedList(engine.db, 'L', 200);
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'Offer one' },
        { name: '', template: 'Offer two is a bit longer than one' },
      ],
      split: { kind: 'test', testPercent: 20 },
    });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    expectCountersMatchLedger(engine.db, 'waiting for the winner');
    expectProgressMatchesLedger(engine, c.id, 'waiting for the winner');

    const d = testCampaign(engine, listId, { name: 'To cancel' });
    await engine.coordinator.chooseWinner(c.id, 'B', creds);
    await waitForStatus(engine, c.id, ['done']);
    expectCountersMatchLedger(engine.db, 'after the winner');
    expectProgressMatchesLedger(engine, c.id, 'after the winner');

    await engine.coordinator.start(d.id, { ...creds, token: 'wrong-token' });
    await waitForStatus(engine, d.id, ['paused']);
    await engine.coordinator.cancel(d.id);
    expect(ledgerStates(engine.db, d.id)).toEqual({ skipped: 200 });
    expectCountersMatchLedger(engine.db, 'after a cancel');
    expectProgressMatchesLedger(engine, d.id, 'after a cancel');
  });
});
