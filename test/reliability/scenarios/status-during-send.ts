import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, sleep, type Scenario } from '../scenario';
import { cliSetup, sendingCampaign } from './cli-setup';

function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

/** `peaksend status` three times during a live send, and once on the idle folder after. */
export const statusDuringSendScenario: Scenario = {
  name: 'status',
  async run(ctx) {
    const cli = await cliSetup(ctx, { latencyMs: [300, 300] });
    const started = performance.now();
    const send = cli.send();
    const id = await sendingCampaign(send);
    const problems: string[] = [];
    for (let i = 0; i < 3; i++) {
      const status = cli.status(id);
      const code = await status.exited;
      const out = JSON.parse(status.stdout() || '{}') as {
        status?: string;
        heldBy?: { kind?: string } | null;
        states?: Record<string, number>;
      };
      if (code !== 0) problems.push(`status exit ${code}`);
      if (out.status !== 'sending') problems.push(`status saw ${out.status}`);
      if (out.heldBy?.kind !== 'cli') problems.push('status did not name the sender');
      if ((out.states?.uncertain ?? 0) > 0) problems.push('rows turned uncertain');
      await sleep(500);
    }
    const sendCode = await send.exited;
    const before = folderHash(cli.dataDir);
    const idle = cli.status(id);
    const idleCode = await idle.exited;
    const unchanged = folderHash(cli.dataDir) === before;
    const audit = auditCampaign(cli.dataDir, id, cli.sandbox.received());
    await cli.cleanup();
    return [
      rowOf(
        '`status` during a send',
        audit,
        secondsSince(started),
        `3 × status while sending; send exit ${sendCode}; idle folder ${unchanged ? 'byte-identical' : 'CHANGED'} after status`,
        [
          ...problems,
          sendCode !== 0 && `send exit ${sendCode}`,
          idleCode !== 0 && `idle status exit ${idleCode}`,
          !unchanged && 'status changed the idle folder',
          audit.uncertain > 0 && `${audit.uncertain} uncertain`,
        ],
      ),
    ];
  },
};
