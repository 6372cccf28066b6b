import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  duplicatesIn,
  runPeaksend,
  sendArgs,
  writeRecipientsCsv,
} from '../../support/peaksend-process';
import { testDataDir, testSandbox, TEST_TOKEN } from '../../support/test-engine';

const env = { PEAKSEND_TOKEN: TEST_TOKEN };

describe('one sender per campaign across processes', () => {
  it('a second `peaksend resume` while `peaksend send` runs exits 4 with one line naming the holder; nobody gets the message twice', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const sandbox = await testSandbox({ latencyMs: [300, 300] });
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 300);
    const send = runPeaksend(
      sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '10', '--concurrency', '2']),
      env,
    );
    const id = Number((await send.waitForStderr(/campaign (\d+)/))[1]);
    await send.waitForStderr(/progress \d+\/300/, 30_000);

    const second = runPeaksend(['resume', String(id), '--data-dir', dataDir], env);
    expect(await second.exited).toBe(4);
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `Campaign ${id} is being sent by another Peaksend \\(the CLI, pid ${send.child.pid} on host .+, since \\d\\d:\\d\\d:\\d\\d\\)`,
      ),
    );
    expect(send.child.exitCode).toBeNull();

    expect(await send.exited).toBe(0);
    expect(JSON.parse(send.stdout())).toMatchObject({
      recipients: 300,
      accepted: 300,
      uncertain: 0,
    });
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(300);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 60_000);
});
