import type { CliCommand } from './cli-command';
import { parseCampaignArgs } from './campaign-id-arg';
import { EXIT_CODES_HELP } from './exit-codes';
import { parseRunFlags, RUN_FLAGS_HELP, runFlagSpec } from './run-flags';
import { runStoredCampaign } from './run-stored-campaign';

const help = `Usage: peaksend retry <campaignId> [--max-wait S] [--wait-delivery S] [--data-dir DIR] [--json]

Sends again to the campaign's failed recipients only — the ones CommPeak refused or whose
delivery report said undelivered, rejected, no route — as new messages (a new internal id, -rN).
Accepted, uncertain and skipped recipients are not touched. The token is read from
PEAKSEND_TOKEN. Output as \`peaksend resume\`: progress on stderr, the JSON summary on stdout.

Options:
${RUN_FLAGS_HELP}
  --data-dir DIR        where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --json                every stderr line is one JSON object

${EXIT_CODES_HELP} With no failed recipients to retry: exit 1.`;

export const retryCommand: CliCommand = {
  name: 'retry',
  summary: "send again to a campaign's failed recipients",
  help,
  async run(args, io) {
    const { id, dataDir, json, values } = parseCampaignArgs(args, 'retry', runFlagSpec);
    const flags = parseRunFlags(values);
    return runStoredCampaign({ id, dataDir, json, flags }, io, (engine, _campaign, creds) =>
      engine.coordinator.retryFailed(id, creds, flags.run),
    );
  },
};
