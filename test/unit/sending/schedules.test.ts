import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import type { StreamCredentials } from '../../../main/engine-contract/stream-credentials';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scheduled campaigns', () => {
  it('start at their time, also after a restart once main hands the token back', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
    cleanups.push(() => sandbox.close());
    const creds: StreamCredentials = {
      id: 's1',
      name: 'S',
      sandbox: false,
      baseUrl: sandbox.baseUrl,
      token: 'tok-123456',
      rateLimit: 1000,
      defaultSender: 'B',
    };
    const first = createEngine({ dataDir: dir.path });
    const listId = seedList(first.db, 'L', 5);
    const at = new Date(Date.now() + 1500).toISOString();
    const c = first.campaigns.create('S', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      quietHours: false,
      scheduleAt: at,
    });
    expect((await first.coordinator.start(c.id, creds)).status).toBe('scheduled');
    await first.close();

    const engine = createEngine({ dataDir: dir.path });
    cleanups.push(() => engine.close());
    expect(engine.coordinator.streamIdsNeedingCredentials()).toEqual(['s1']);
    engine.coordinator.setCredentials([creds]);
    for (let i = 0; i < 100 && engine.campaigns.get(c.id).status !== 'done'; i++) await sleep(50);
    expect(engine.campaigns.get(c.id).status).toBe('done');
    expect(sandbox.received()).toHaveLength(5);
  });

  it('are paused, not sent late, when their time passed while Peaksend was closed', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = createEngine({ dataDir: dir.path });
    const listId = seedList(first.db, 'L', 2);
    const c = first.campaigns.create('S', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      scheduleAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    first.campaigns.setStatus(c.id, 'scheduled');
    await first.close();
    const engine = createEngine({ dataDir: dir.path });
    cleanups.push(() => engine.close());
    const after = engine.campaigns.get(c.id);
    expect(after.status).toBe('paused');
    expect(after.pauseReason).toMatchObject({ kind: 'missedSchedule' });
  });
});
