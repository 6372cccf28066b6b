import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import type { Transport } from '../../../shared/contract/build-api';
import type { Events } from '../../../shared/contract/contract';
import type { EmitterOf } from '../../../shared/contract/define';
import { ok } from '../../../shared/contract/result';
import { createEngineClient } from '../../../main/engine-contract/engine-contract';
import type { EmitEngineEvent } from '../../../main/engine-contract/engine-events';
import { EngineSupervisor } from '../../../main/engine-host/engine-supervisor';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const stream = {
  id: 'sandbox',
  name: 'Sandbox',
  sandbox: true,
  baseUrl: '',
  origin: '',
  token: '',
  rateLimit: 50,
  defaultSender: 'Peaksend',
};

describe('the typed engine client', () => {
  it('turns a wrong method name, input, output or event payload into a compile error', () => {
    const sent: [string, unknown][] = [];
    const transport: Transport = {
      invoke: async (channel, input) => {
        sent.push([channel, input]);
        return ok(null);
      },
      subscribe: () => () => {},
    };
    const engine = createEngineClient(transport);
    const emit: EmitEngineEvent = () => {};
    const toRenderer: EmitterOf<Events> = () => {};
    // Never run: each line only has to fail to compile (typecheck covers test/).
    const wrong = [
      // @ts-expect-error -- no such method
      () => engine.campaigns.begin({ id: 1, stream }),
      // @ts-expect-error -- main must hand over the stream's credentials
      () => engine.campaigns.start({ id: 1 }),
      // @ts-expect-error -- a campaign id is a number
      () => engine.campaigns.start({ id: '1', stream }),
      // @ts-expect-error -- the renderer's file id is not a path: main resolves it first
      () => engine.contacts.previewPath({ fileId: 'f' }),
      async () => {
        const r = await engine.campaigns.get({ id: 1 });
        // @ts-expect-error -- a Campaign has no such field
        if (r.ok) return r.value.recipients;
      },
      // @ts-expect-error -- progress payloads are CampaignProgress
      () => engine.campaigns.onProgress((p) => p.percent),
      // @ts-expect-error -- the engine emits only events of its map, with their payload
      () => emit('campaigns:status', { campaignId: 1 }),
      // @ts-expect-error -- and never an event the map does not declare
      () => emit('engine:log', { message: 'x' }),
      // @ts-expect-error -- main forwards only events the renderer contract declares
      () => toRenderer('engine:log', { message: 'x' }),
    ];
    expect(wrong).toHaveLength(9);
    expect(sent).toEqual([]);
  });

  it('round-trips typed calls and events with a real engine process', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const sup = new EngineSupervisor({ spawn: () => spawnNodeEngine(dir.path) });
    cleanups.push(() => sup.stop());
    sup.start();
    await sup.ready();
    const engine = createEngineClient(sup);

    const created = await engine.campaigns.create({ name: 'Typed' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Typed', status: 'draft' } });
    if (!created.ok) return;
    const id = created.value.id;
    const renamed = await engine.campaigns.update({ id, patch: { name: 'Renamed' } });
    expect(renamed.ok && renamed.value.name).toBe('Renamed');
    expect(await engine.campaigns.get({ id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const finished = new Promise<ImportFinishedEvent>((resolve) => {
      const off = engine.contacts.onImportFinished((e) => {
        off();
        resolve(e);
      });
    });
    const path = join(process.cwd(), 'test', 'fixtures', 'csv', 'excel-utf8-bom.csv');
    const started = await engine.contacts.startImportPath({
      path,
      newListName: 'Typed list',
      phoneColumn: 2,
      fieldColumns: { '0': 'first_name' },
      defaultCountry: 'IL',
    });
    expect(started.ok).toBe(true);
    const done = await finished;
    expect(done).toMatchObject({ ok: true, report: { status: 'done', invalid: 0 } });
    if (done.ok) expect(done.report.imported).toBeGreaterThan(0);
    if (started.ok) expect(done.importId).toBe(started.value.importId);
    const lists = await engine.contacts.lists();
    expect(lists.ok && lists.value.map((l) => l.name)).toEqual(['Typed list']);
  });
});
