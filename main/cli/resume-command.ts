import { createEngine } from '../engine/engine';
import { UsageError, type CliCommand } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { cliCredentials, tokenFromEnv } from './cli-stream';
import { parseCampaignCommand } from './campaign-id-arg';
import { finish, waitForCampaign } from './run-campaign';

const help = `Usage: peaksend resume <campaignId> [--data-dir DIR] [--json]

Continues an interrupted campaign (after a crash, a kill, Ctrl+C or a pause) from its ledger.
Rows that were being sent when it stopped are "uncertain" and are NOT resent. The token is read
from PEAKSEND_TOKEN. Prints the same JSON summary as \`peaksend send\`.

Exit 0 all final, 3 some uncertain, 1 error, 4 another Peaksend (the app or another CLI) is
sending this campaign right now, 130/143 stopped by SIGINT/SIGTERM (resume again to continue).`;

export const resumeCommand: CliCommand = {
  name: 'resume',
  summary: 'continue an interrupted campaign',
  help,
  async run(args, io) {
    const { id, dataDir, json } = parseCampaignCommand(args, 'resume');
    const token = tokenFromEnv(io.env);
    const started = performance.now();
    const engine = createEngine({ dataDir: cliDataDir(dataDir, io.env), kind: 'cli' });
    try {
      const campaign = engine.campaigns.get(id);
      if (!campaign.streamId) throw new UsageError(`campaign ${id} has no stream`);
      const creds = cliCredentials(engine, campaign.streamId, token);
      // `sending` here means another live Peaksend has it: resume refuses with CAMPAIGN_BUSY.
      if (['paused', 'sending'].includes(campaign.status)) {
        await engine.coordinator.resume(id, creds);
      } else if (campaign.status === 'draft' || campaign.status === 'ready') {
        await engine.coordinator.start(id, creds);
      }
      io.stderr(`campaign ${id}\n`);
      const end = await waitForCampaign(engine, id, io, json);
      return finish(engine, id, started, end, io);
    } finally {
      await engine.close();
    }
  },
};
