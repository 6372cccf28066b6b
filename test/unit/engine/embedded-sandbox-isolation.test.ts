import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import type { Result } from '../../../shared/contract/result';
import type { EngineHealth } from '../../../main/engine-contract/engine-health-contract';
import { EngineSupervisor, type EngineState } from '../../../main/engine-host/engine-supervisor';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { openDatabase } from '../../../main/engine/db/open-database';
import { malformedRequests, rawRequest } from '../../support/raw-http';
import { seedList } from '../../support/seed-contacts';
import { streamTo, testDataDir, testSandbox } from '../../support/test-engine';
import { waitFor } from '../../support/wait';

const entry = fileURLToPath(
  new URL('../../support/faulty-sandbox-engine-entry.ts', import.meta.url),
);
const RECIPIENTS = 3000;

const sandboxStream = {
  id: 'sandbox',
  name: 'Sandbox',
  sandbox: true,
  baseUrl: 'https://api.commpeak.com',
  origin: 'https://api.commpeak.com',
  token: '',
  rateLimit: 50,
  defaultSender: 'Peaksend',
};

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('the embedded sandbox does not share the engine’s crash domain', () => {
  it('failing handlers and malformed requests leave the engine serving and a real campaign sending', async () => {
    const dataDir = testDataDir();
    const db = openDatabase(dataDir);
    const listId = seedList(db, 'L', RECIPIENTS);
    db.close();
    const real = await testSandbox({ latencyMs: [1, 3] });
    const states: EngineState[] = [];
    const sup = new EngineSupervisor({
      spawn: () => spawnNodeEngine(dataDir, entry),
      onState: (s) => states.push(s),
    });
    onTestFinished(() => sup.stop());
    sup.start();
    await sup.ready();
    const call = async <T>(method: string, input: unknown) =>
      value<T>(await sup.invoke(method, input));
    const before = await call<EngineHealth>('engine:health', undefined);

    const c = await call<Campaign>('campaigns:create', { name: 'Real campaign' });
    await call('campaigns:update', {
      id: c.id,
      patch: { streamId: 's1', template: 'Hi {first_name}', listIds: [listId], quietHours: false },
    });
    // 3000 recipients at 600 parts/s: about five seconds of sending while the attack runs.
    await call('campaigns:start', { id: c.id, stream: streamTo(real, { rateLimit: 600 }) });
    // The first Sandbox use starts the embedded sandbox.
    const test = { stream: sandboxStream, phone: '+4915200000001', text: 'Hi', sender: 'Brand' };
    expect(await call('streams:sendTest', test)).toMatchObject({ accepted: true });
    const embedded = readFileSync(join(dataDir, 'embedded-sandbox-url'), 'utf8');
    const port = Number(new URL(embedded).port);

    for (const fault of ['throw', 'reject', 'bad-header', 'after-reply']) {
      const res = await fetch(`${embedded}/_fault/${fault}`, { method: 'POST' });
      expect(res.status, fault).toBe(fault === 'after-reply' ? 200 : 500);
    }
    for (const [, bytes] of malformedRequests) await rawRequest(port, bytes, 500);
    const huge = await fetch(`${embedded}/simple_send/`, {
      method: 'POST',
      body: 'x'.repeat(11 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);

    // Still the same engine process, never restarted, still answering, still sending.
    expect(states).not.toContain('down');
    expect((await call<EngineHealth>('engine:health', undefined)).pid).toBe(before.pid);
    expect((await call<Campaign>('campaigns:get', { id: c.id })).status).toBe('sending');
    expect(await call('streams:sendTest', test)).toMatchObject({ accepted: true });
    await waitFor(
      () => real.received().filter((m) => m.accepted).length >= RECIPIENTS,
      30_000,
      'the campaign to finish',
    );
    let status = '';
    for (let i = 0; i < 50 && status !== 'done'; i++) {
      status = (await call<Campaign>('campaigns:get', { id: c.id })).status;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('done');
    const ids = new Set(
      real
        .received()
        .filter((m) => m.accepted)
        .map((m) => m.internalId),
    );
    expect(ids.size).toBe(RECIPIENTS);
    expect(states).not.toContain('down');
  });
});
