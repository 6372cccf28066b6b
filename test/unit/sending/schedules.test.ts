import { describe, expect, it } from 'vitest';
import { seedList } from '../../support/seed-contacts';
import {
  streamTo,
  testCampaign,
  testDataDir,
  testEngine,
  testSandbox,
} from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

describe('scheduled campaigns', () => {
  it('start at their time, also after a restart once main hands the token back', async () => {
    const dataDir = testDataDir();
    const sandbox = await testSandbox();
    const creds = streamTo(sandbox, { defaultSender: 'B' });
    const first = testEngine({ dataDir });
    const listId = seedList(first.db, 'L', 5);
    const at = new Date(Date.now() + 1500).toISOString();
    const c = testCampaign(first, listId, { name: 'S', scheduleAt: at });
    expect((await first.coordinator.start(c.id, creds)).status).toBe('scheduled');
    await first.close();

    const engine = testEngine({ dataDir });
    expect(engine.coordinator.streamIdsNeedingCredentials()).toEqual(['s1']);
    engine.coordinator.setCredentials([creds]);
    await waitForStatus(engine, c.id, ['done'], 5000);
    expect(sandbox.received()).toHaveLength(5);
  });

  it('are paused, not sent late, when their time passed while Peaksend was closed', async () => {
    const dataDir = testDataDir();
    const first = testEngine({ dataDir });
    const listId = seedList(first.db, 'L', 2);
    const c = first.campaigns.create('S', {
      streamId: 's1',
      template: 'Hi',
      listIds: [listId],
      scheduleAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    first.campaigns.setStatus(c.id, 'scheduled');
    await first.close();
    const engine = testEngine({ dataDir });
    const after = engine.campaigns.get(c.id);
    expect(after.status).toBe('paused');
    expect(after.pauseReason).toMatchObject({ kind: 'missedSchedule' });
  });
});
