import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { runPeaksend, sendArgs, writeRecipientsCsv } from '../../support/peaksend-process';
import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, sleep, type Scenario } from '../scenario';

/** `peaksend send`, killed with SIGKILL at random moments and resumed each time. */
export const killScenario: Scenario = {
  name: 'kill',
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), 'peaksend-rel-kill-'));
    const sandbox = await startSandbox({
      profile: 'clean',
      tokens: [ctx.token],
      latencyMs: [1, 5],
    });
    const csv = writeRecipientsCsv(join(dir, 'recipients.csv'), ctx.recipients);
    const started = performance.now();
    const env = { PEAKSEND_TOKEN: ctx.token };
    const dataDir = join(dir, 'data');
    let campaignId = 0;
    let kills = 0;
    let proc = runPeaksend(sendArgs(csv, sandbox.baseUrl, dataDir, ['--rate', '2500']), env);
    while (kills < ctx.kills) {
      // Kill at a random moment once the campaign exists (its id is the first stderr line).
      const deadline = Date.now() + 60_000;
      while (!/campaign (\d+)/.test(proc.stderr()) && Date.now() < deadline) await sleep(20);
      campaignId ||= Number(/campaign (\d+)/.exec(proc.stderr())?.[1] ?? 0);
      await sleep(150 + Math.random() * 600);
      const alive = proc.child.exitCode === null;
      proc.child.kill('SIGKILL');
      await proc.exited;
      if (!alive) break; // finished before we could kill it
      kills += 1;
      proc = runPeaksend(['resume', String(campaignId), '--data-dir', dataDir], env);
    }
    await proc.exited;
    // One more resume in case the last one was killed mid-way.
    const final = runPeaksend(['resume', String(campaignId), '--data-dir', dataDir], env);
    const code = await final.exited;
    const audit = auditCampaign(dataDir, campaignId, sandbox.received());
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
    return [rowOf(`kill -9 ×${kills} + resume`, audit, secondsSince(started), `last exit ${code}`)];
  },
};
