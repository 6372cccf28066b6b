import { join } from 'node:path';
import { mountSmallDisk } from '../../support/small-disk';
import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, skippedRow, sleep, type Scenario } from '../scenario';
import { cliSetup } from './cli-setup';

const SCENARIO = 'disk full during a send';

/**
 * `peaksend send` with its data folder on a real 128 MB tmpfs that is filled mid-send (the import
 * before the send wants ~100 MB free: its own rows, the WAL and an undo).
 */
export const diskFullSendScenario: Scenario = {
  name: 'disk-full-send',
  async run(ctx) {
    const disk = mountSmallDisk(128);
    if ('skipped' in disk) return [skippedRow(SCENARIO, disk.skipped)];
    try {
      const cli = await cliSetup(ctx, { latencyMs: [100, 100] }, join(disk.path, 'data'));
      const started = performance.now();
      const send = cli.send();
      const id = Number((await send.waitForStderr(/campaign (\d+)/, 60_000))[1]);
      while (cli.sandbox.received().length < 500 && send.child.exitCode === null) await sleep(20);
      disk.fill();
      const sendCode = await send.exited;
      const said = /paused: (The disk is full \(\d+ MB free\))/.exec(send.stderr())?.[1];
      const crashed = /\n\s+at |Uncaught|ERR_/.test(send.stderr());
      const status = cli.status(id);
      await status.exited;
      const kind = (JSON.parse(status.stdout() || '{}') as { pauseKind?: string }).pauseKind;
      const stopped = auditCampaign(cli.dataDir, id, cli.sandbox.received());
      disk.free();
      const resume = cli.resume(id);
      const resumeCode = await resume.exited;
      const audit = auditCampaign(cli.dataDir, id, cli.sandbox.received());
      await cli.cleanup();
      return [
        rowOf(
          SCENARIO,
          audit,
          secondsSince(started),
          `send exit ${sendCode}: "${said ?? '?'}" at ${stopped.accepted} accepted, ${stopped.uncertain} uncertain; freed, resume exit ${resumeCode}`,
          [
            sendCode !== 1 && `send exit ${sendCode}, not 1`,
            !said && 'no "The disk is full" message',
            crashed && 'the engine crashed',
            kind !== 'storage' && `stored pause reason ${kind}, not storage`,
            resumeCode !== 0 && `resume exit ${resumeCode}`,
          ],
        ),
      ];
    } finally {
      disk.unmount();
    }
  },
};
