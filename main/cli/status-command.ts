import type { DatabaseSync } from 'node:sqlite';
import { describeLeaseHolder } from '../../shared/campaigns/lease-holder';
import { describePauseReason } from '../../shared/campaigns/pause-reason';
import { CampaignStore } from '../engine/campaigns/campaign-store';
import { openDatabaseReadOnly } from '../engine/db/open-read-only';
import { readLease, type LeaseState } from '../engine/ledger/campaign-leases';
import { LedgerStore } from '../engine/ledger/ledger-store';
import type { CliCommand } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { parseCampaignCommand } from './campaign-id-arg';
import { terminalSafe } from './terminal-text';

const help = `Usage: peaksend status <campaignId> [--data-dir DIR] [--json]

Prints the campaign's status and how many recipients are in each ledger state. It only reads:
it can run while another Peaksend sends the campaign and changes nothing (no recovery, no
migration, no file created). With --json:
{"campaignId","name","status","pauseReason","pauseKind","heldBy","total","states":{"<state>":n}}
where heldBy is {"kind":"app"|"cli","pid","host","since"} while a live Peaksend sends it.`;

/** The lease of a data folder written before leases existed reads as "nobody". */
function leaseOf(db: DatabaseSync, id: number): LeaseState | null {
  try {
    return readLease(db, id, Date.now());
  } catch {
    return null;
  }
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'counts per ledger state (read-only)',
  help,
  async run(args, io) {
    const { id, dataDir, json } = parseCampaignCommand(args, 'status');
    const db = openDatabaseReadOnly(cliDataDir(dataDir, io.env));
    try {
      const c = new CampaignStore(db).get(id);
      const reason = c.pauseReason ? describePauseReason(c.pauseReason) : null;
      const lease = leaseOf(db, id);
      const heldBy = lease?.alive ? lease.holder : null;
      const states: Record<string, number> = {};
      let total = 0;
      for (const [state, { n }] of new LedgerStore(db).counts(id)) {
        states[state] = n;
        total += n;
      }
      if (json) {
        io.stdout(
          `${JSON.stringify({ campaignId: id, name: c.name, status: c.status, pauseReason: reason, pauseKind: c.pauseReason?.kind ?? null, heldBy, total, states })}\n`,
        );
        return 0;
      }
      const who = heldBy
        ? ` by ${describeLeaseHolder(heldBy)}`
        : c.status === 'sending'
          ? ' (its sender is gone; `peaksend resume` continues it)'
          : '';
      const why = reason ? ` (${terminalSafe(reason)})` : '';
      io.stdout(`campaign ${id} "${terminalSafe(c.name)}": ${c.status}${who}${why}\n`);
      for (const [state, n] of Object.entries(states)) io.stdout(`  ${state.padEnd(18)} ${n}\n`);
      io.stdout(`  ${'total'.padEnd(18)} ${total}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
