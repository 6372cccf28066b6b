import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('rate limiting', () => {
  it('holds a 50 parts/s limit within ±5% over 20 s, as measured by the sandbox', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const sandbox = await startSandbox({ tokens: ['tok-123456'], latencyMs: [0, 0] });
    cleanups.push(() => sandbox.close());
    const engine = createEngine({ dataDir: dir.path });
    cleanups.push(() => engine.close());
    const listId = seedList(engine.db, 'L', 1200);
    const c = engine.campaigns.create('Rate', {
      streamId: 's1',
      template: 'Hi {first_name}',
      listIds: [listId],
      quietHours: false,
    });
    await engine.coordinator.start(c.id, {
      id: 's1',
      name: 'S',
      sandbox: false,
      baseUrl: sandbox.baseUrl,
      token: 'tok-123456',
      rateLimit: 50,
      defaultSender: 'B',
    });
    await new Promise((r) => setTimeout(r, 21_000));
    await engine.coordinator.pause(c.id);
    const times = sandbox.received().map((m) => Date.parse(m.receivedAt));
    const start = times[0] ?? 0;
    const inWindow = sandbox.received().filter((m) => Date.parse(m.receivedAt) < start + 20_000);
    const rate = inWindow.reduce((a, m) => a + m.parts, 0) / 20;
    expect(rate).toBeGreaterThanOrEqual(47.5);
    expect(rate).toBeLessThanOrEqual(52.5);
  }, 40_000);
});
