import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('crash recovery', () => {
  it('turns rows left "submitting" into uncertain and pauses the campaign; resume never resends them', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = createEngine({ dataDir: dir.path });
    const listId = seedList(first.db, 'L', 10);
    const c = first.campaigns.create('C', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      quietHours: false,
    });
    materializeLedger(first.db, first.campaigns.get(c.id));
    first.campaigns.setStatus(c.id, 'sending');
    // Simulate a crash after rows 1–3 were committed as submitting (their request may have left).
    first.db.prepare("UPDATE ledger SET state = 'submitting', attempts = 1 WHERE seq <= 3").run();
    first.db
      .prepare(
        "UPDATE ledger SET state = 'accepted', message_uuid = 'u' || seq WHERE seq BETWEEN 4 AND 5",
      )
      .run();
    first.db.close();

    const engine = createEngine({ dataDir: dir.path });
    cleanups.push(() => engine.close());
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

    const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
    cleanups.push(() => sandbox.close());
    await engine.coordinator.resume(c.id, {
      id: 's1',
      name: 'S',
      sandbox: false,
      baseUrl: sandbox.baseUrl,
      token: 'tok-123456',
      rateLimit: 1000,
      defaultSender: 'B',
    });
    while (engine.coordinator.isActive(c.id)) await new Promise((r) => setTimeout(r, 20));
    const sentSeqs = sandbox.received().map((m) => Number(/-(\d+)$/.exec(m.internalId)?.[1]));
    expect(sentSeqs.sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
    expect(engine.campaigns.get(c.id).status).toBe('done');
    expect(engine.coordinator.progress(c.id).byGroup.uncertain).toBe(3);
  });

  it('resends uncertain rows only when the user asks, with a new internal id', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const engine = createEngine({ dataDir: dir.path });
    cleanups.push(() => engine.close());
    const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
    cleanups.push(() => sandbox.close());
    const creds = {
      id: 's1',
      name: 'S',
      sandbox: false,
      baseUrl: sandbox.baseUrl,
      token: 'tok-123456',
      rateLimit: 1000,
      defaultSender: 'B',
    };
    const listId = seedList(engine.db, 'L', 4);
    const c = engine.campaigns.create('C', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      quietHours: false,
    });
    materializeLedger(engine.db, engine.campaigns.get(c.id));
    engine.db.prepare("UPDATE ledger SET state = 'uncertain' WHERE seq IN (1, 2)").run();
    engine.db.prepare("UPDATE ledger SET state = 'accepted' WHERE seq IN (3, 4)").run();
    engine.campaigns.setStatus(c.id, 'done');
    await engine.coordinator.resendUncertain(c.id, creds, [1]);
    while (engine.coordinator.isActive(c.id)) await new Promise((r) => setTimeout(r, 20));
    expect(sandbox.received().map((m) => m.internalId)).toEqual([`c${c.id}-000001-r1`]);
    await engine.coordinator.markUncertainSent(c.id, [2]);
    const p = engine.coordinator.progress(c.id);
    expect(p.byGroup.uncertain).toBe(0);
    expect(p.byGroup.accepted).toBe(4);
  });
});
