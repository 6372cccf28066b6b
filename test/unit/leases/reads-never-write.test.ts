import { describe, expect, it } from 'vitest';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { liveProcess, putLease } from '../../support/lease-rows';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const MAIN = { trusted: true, origin: 'main' } as const;

describe('reads never write', () => {
  it('list, get, progress, results, preview, preflight and the other reads change no row', async () => {
    const { engine, creds } = await engineWithSandbox();
    const listId = seedList(engine.db, 'L', 5);
    const sent = testCampaign(engine, listId, { name: 'Sent' });
    await engine.coordinator.start(sent.id, creds);
    await waitForStatus(engine, sent.id, ['done']);
    // One campaign another live Peaksend is sending: reading it must not take it over.
    const held = testCampaign(engine, listId, { name: 'Held' });
    materializeLedger(engine.db, engine.campaigns.get(held.id));
    engine.campaigns.setStatus(held.id, 'sending');
    putLease(engine.db, held.id, { pid: liveProcess().pid, heartbeatAt: Date.now() });
    const draft = testCampaign(engine, listId, { name: 'Draft' });

    const changes = () => Number(engine.db.prepare('SELECT total_changes() AS n').get()?.n);
    const before = changes();
    const reads: [string, unknown][] = [
      ['campaigns:list', undefined],
      ['engine:health', undefined],
      ['settings:get', undefined],
      ['contacts:lists', undefined],
      ['contacts:query', { listId, search: '', offset: 0, limit: 10 }],
      ['suppressions:list', { search: '', offset: 0, limit: 10 }],
      ['streams:usage', undefined],
      ['sending:streamsNeedingCredentials', undefined],
      ['campaigns:audienceFields', { listIds: [listId] }],
    ];
    for (const c of [sent, held, draft]) {
      reads.push(['campaigns:get', { id: c.id }]);
      reads.push(['campaigns:progress', { id: c.id }]);
      reads.push(['campaigns:results', { id: c.id }]);
      reads.push(['campaigns:preview', { id: c.id, index: 0 }]);
      reads.push([
        'campaigns:preflightFor',
        { id: c.id, streamType: 'marketing', defaultSender: 'Brand' },
      ]);
    }
    for (const [method, input] of reads) {
      const result = await engine.dispatch(method, input, MAIN);
      expect(result, method).toMatchObject({ ok: true });
      expect(changes(), `${method} wrote`).toBe(before);
    }
    const list = await engine.dispatch('campaigns:list', undefined, MAIN);
    expect(list.ok && (list.value as { name: string; heldBy: unknown }[])).toContainEqual(
      expect.objectContaining({ name: 'Held', heldBy: expect.objectContaining({ kind: 'cli' }) }),
    );
  });
});
