import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(clock: { t: number }) {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const sandbox = await startSandbox({
    tokens: ['tok-123456'],
    latencyMs: [0, 0],
    delivery: { delayMs: [0, 0] },
  });
  cleanups.push(() => sandbox.close());
  const engine = createEngine({ dataDir: dir.path, now: () => clock.t });
  cleanups.push(() => engine.close());
  const creds = {
    id: 's1',
    name: 'S',
    sandbox: false,
    baseUrl: sandbox.baseUrl,
    token: 'tok-123456',
    rateLimit: 1000,
    defaultSender: 'B',
  };
  return { engine, sandbox, creds };
}

describe('quiet-hour holds (injected clock)', () => {
  it('holds rows outside the recipient’s window and sends them when it opens', async () => {
    const clock = { t: Date.parse('2026-11-27T02:00:00Z') }; // 03:00 in Berlin
    const { engine, sandbox, creds } = await setup(clock);
    const de = seedList(engine.db, 'DE', 5, { country: 'DE', prefix: '+49152' });
    const c = engine.campaigns.create('Q', {
      streamId: 's1',
      template: 'Hi',
      listIds: [de],
      quietHours: true,
    });
    await engine.coordinator.start(c.id, creds);
    await sleep(400);
    expect(sandbox.received()).toHaveLength(0);
    const held = engine.coordinator.progress(c.id);
    expect(held.heldForQuietHours).toBe(5);
    expect(held.etaSeconds).toBeGreaterThanOrEqual(5 * 3600 - 60); // opens at 08:00 Berlin
    clock.t = Date.parse('2026-11-27T07:05:00Z'); // 08:05 Berlin
    for (let i = 0; i < 150 && engine.campaigns.get(c.id).status !== 'done'; i++) await sleep(50);
    expect(engine.campaigns.get(c.id).status).toBe('done');
    expect(sandbox.received()).toHaveLength(5);
  });
});

describe('delivery status polling', () => {
  it('moves accepted rows to their delivery status, and resumes from the ledger after a restart', async () => {
    const clock = { t: Date.now() };
    const { engine, creds } = await setup(clock);
    const listId = seedList(engine.db, 'L', 30);
    const c = engine.campaigns.create('P', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      quietHours: false,
    });
    await engine.coordinator.start(c.id, creds);
    for (let i = 0; i < 100 && engine.campaigns.get(c.id).status !== 'done'; i++) await sleep(20);
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
