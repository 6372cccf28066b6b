import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { readInternalIdPrefix } from '../../../main/engine/ledger/internal-id';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { recountCampaign } from '../../../main/engine/ledger/campaign-counts';
import { seedList } from '../../support/seed-contacts';
import {
  engineWithSandbox,
  streamTo,
  testCampaign,
  testDataDir,
  testEngine,
  testSandbox,
} from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

describe('crash recovery', () => {
  it('turns rows left "submitting" into uncertain and pauses the campaign; resume never resends them', async () => {
    const dataDir = testDataDir();
    // Not closed on purpose: this engine "crashes" (its database is closed under it).
    const first = createEngine({ dataDir });
    const listId = seedList(first.db, 'L', 10);
    const c = testCampaign(first, listId, { name: 'C' });
    materializeLedger(first.db, first.campaigns.get(c.id));
    first.campaigns.setStatus(c.id, 'sending');
    // Simulate a crash after rows 1–3 were committed as submitting (their request may have left).
    first.db.prepare("UPDATE ledger SET state = 'submitting', attempts = 1 WHERE seq <= 3").run();
    first.db
      .prepare(
        "UPDATE ledger SET state = 'accepted', message_uuid = 'u' || seq WHERE seq BETWEEN 4 AND 5",
      )
      .run();
    // Rows written by hand, not by the ledger writer: their counters counted again.
    recountCampaign(first.db, c.id);
    first.db.close();

    const engine = testEngine({ dataDir });
    const after = engine.campaigns.get(c.id);
    expect(after.status).toBe('paused');
    expect(after.pauseReason).toEqual({ kind: 'interrupted' });
    const states = Object.fromEntries(
      engine.db
        .prepare('SELECT seq, state FROM ledger ORDER BY seq')
        .all()
        .map((r) => [r.seq, r.state]),
    );
    expect([states[1], states[2], states[3]]).toEqual(['uncertain', 'uncertain', 'uncertain']);

    const sandbox = await testSandbox();
    await engine.coordinator.resume(c.id, streamTo(sandbox));
    await waitForStatus(engine, c.id, ['done']);
    const sentSeqs = sandbox.received().map((m) => Number(/-(\d+)$/.exec(m.internalId)?.[1]));
    expect(sentSeqs.sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
    expect(engine.campaigns.get(c.id).status).toBe('done');
    expect(engine.coordinator.progress(c.id).byGroup.uncertain).toBe(3);
  });

  it('resends uncertain rows only when the user asks, with a new internal id', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox();
    const listId = seedList(engine.db, 'L', 4);
    const c = testCampaign(engine, listId, { name: 'C' });
    materializeLedger(engine.db, engine.campaigns.get(c.id));
    engine.db.prepare("UPDATE ledger SET state = 'uncertain' WHERE seq IN (1, 2)").run();
    engine.db.prepare("UPDATE ledger SET state = 'accepted' WHERE seq IN (3, 4)").run();
    recountCampaign(engine.db, c.id);
    engine.campaigns.setStatus(c.id, 'done');
    await engine.coordinator.resendUncertain(c.id, creds, [1]);
    await waitForStatus(engine, c.id, ['done']);
    const prefix = readInternalIdPrefix(engine.db);
    expect(sandbox.received().map((m) => m.internalId)).toEqual([`${prefix}-c${c.id}-000001-r1`]);
    await engine.coordinator.markUncertainSent(c.id, [2]);
    const p = engine.coordinator.progress(c.id);
    expect(p.byGroup.uncertain).toBe(0);
    expect(p.byGroup.accepted).toBe(4);
  });
});
