import { describePauseReason } from '../../shared/campaigns/pause-reason';
import { createEngine } from '../engine/engine';
import type { CliCommand } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { parseCampaignCommand } from './campaign-id-arg';
import { terminalSafe } from './terminal-text';

const help = `Usage: peaksend status <campaignId> [--data-dir DIR] [--json]

Prints the campaign's status and how many recipients are in each ledger state. With --json:
{"campaignId","name","status","pauseReason","total","states":{"<state>":n}}.`;

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'counts per ledger state',
  help,
  async run(args, io) {
    const { id, dataDir, json } = parseCampaignCommand(args, 'status');
    const engine = createEngine({ dataDir: cliDataDir(dataDir, io.env) });
    try {
      const c = engine.campaigns.get(id);
      const reason = c.pauseReason ? describePauseReason(c.pauseReason) : null;
      const states: Record<string, number> = {};
      let total = 0;
      for (const [state, { n }] of engine.coordinator.ledger.counts(id)) {
        states[state] = n;
        total += n;
      }
      if (json) {
        io.stdout(
          `${JSON.stringify({ campaignId: id, name: c.name, status: c.status, pauseReason: reason, pauseKind: c.pauseReason?.kind ?? null, total, states })}\n`,
        );
      } else {
        const name = terminalSafe(c.name);
        const why = reason ? ` (${terminalSafe(reason)})` : '';
        io.stdout(`campaign ${id} "${name}": ${c.status}${why}\n`);
        for (const [state, n] of Object.entries(states)) io.stdout(`  ${state.padEnd(18)} ${n}\n`);
        io.stdout(`  ${'total'.padEnd(18)} ${total}\n`);
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
