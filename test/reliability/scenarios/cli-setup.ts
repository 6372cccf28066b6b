import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/start-sandbox';
import {
  runPeaksend,
  sendArgs,
  writeRecipientsCsv,
  type PeaksendProcess,
} from '../../support/peaksend-process';
import type { ScenarioContext } from '../scenario';

/** The CLI scenarios send this many recipients: long enough to interfere with mid-send. */
export const CLI_RECIPIENTS = 3000;

export interface CliSetup {
  readonly dataDir: string;
  readonly sandbox: SandboxHandle;
  readonly env: Record<string, string>;
  /** Starts `peaksend send` of the recipients CSV (25 per request, 4 in flight). */
  send(): PeaksendProcess;
  resume(id: number): PeaksendProcess;
  status(id: number): PeaksendProcess;
  cleanup(): Promise<void>;
}

/** A temp folder with the recipients CSV, a sandbox, and the `peaksend` commands on them. */
export async function cliSetup(
  ctx: ScenarioContext,
  sandboxConfig: SandboxConfigInput,
  dataDir?: string,
): Promise<CliSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-rel-cli-'));
  const csv = writeRecipientsCsv(join(dir, 'recipients.csv'), CLI_RECIPIENTS);
  const sandbox = await startSandbox({ tokens: [ctx.token], ...sandboxConfig });
  const data = dataDir ?? join(dir, 'data');
  const env = { PEAKSEND_TOKEN: ctx.token };
  return {
    dataDir: data,
    sandbox,
    env,
    send: () =>
      runPeaksend(
        sendArgs(csv, sandbox.baseUrl, data, ['--batch', '25', '--concurrency', '4']),
        env,
      ),
    resume: (id) => runPeaksend(['resume', String(id), '--data-dir', data], env),
    status: (id) => runPeaksend(['status', String(id), '--data-dir', data, '--json']),
    cleanup: async () => {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The campaign id `send` prints first, once it has started sending. */
export async function sendingCampaign(send: PeaksendProcess): Promise<number> {
  const id = Number((await send.waitForStderr(/campaign (\d+)/, 60_000))[1]);
  await send.waitForStderr(/progress \d+\//, 60_000);
  return id;
}
