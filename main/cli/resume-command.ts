import { MAX_BATCH_SIZE } from '../engine/commpeak/assumptions';
import type { CliCommand } from './cli-command';
import { parseCampaignArgs } from './campaign-id-arg';
import { EXIT_CODES_HELP } from './exit-codes';
import { intFlag } from './parse-flags';
import { parseRunFlags, RUN_FLAGS_HELP, runFlagSpec } from './run-flags';
import { runStoredCampaign } from './run-stored-campaign';

const help = `Usage: peaksend resume <campaignId> [--batch N] [--max-wait S] [--wait-delivery S] [--data-dir DIR] [--json]

Continues an interrupted campaign (after a crash, a kill, Ctrl+C or a pause) from its ledger.
Rows that were being sent when it stopped are "uncertain" and are NOT resent (\`peaksend
uncertain\` resolves them). The token is read from PEAKSEND_TOKEN. Prints the same JSON summary
as \`peaksend send\`.

Options:
  --batch N             messages per request from now on (kept for the campaign), e.g. after
                        CommPeak refused a batch as too big
${RUN_FLAGS_HELP}
  --data-dir DIR        where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --json                every stderr line is one JSON object

${EXIT_CODES_HELP}`;

export const resumeCommand: CliCommand = {
  name: 'resume',
  summary: 'continue an interrupted campaign',
  help,
  async run(args, io) {
    const { id, dataDir, json, values } = parseCampaignArgs(args, 'resume', {
      batch: { type: 'string' },
      ...runFlagSpec,
    });
    const batchSize = intFlag(values.batch, 'batch', 1, MAX_BATCH_SIZE);
    const flags = parseRunFlags(values);
    const run = batchSize === undefined ? flags.run : { ...flags.run, batchSize };
    return runStoredCampaign({ id, dataDir, json, flags }, io, async (engine, campaign, creds) => {
      // `sending` here means another live Peaksend has it: resume refuses with CAMPAIGN_BUSY.
      if (['paused', 'sending'].includes(campaign.status)) {
        await engine.coordinator.resume(id, creds, run);
      } else if (campaign.status === 'draft' || campaign.status === 'ready') {
        await engine.coordinator.start(id, creds, run);
      }
    });
  },
};
