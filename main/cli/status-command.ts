import type { DatabaseSync } from 'node:sqlite';
import { describeLeaseHolder } from '../../shared/campaigns/lease-holder';
import { describePauseReason } from '../../shared/campaigns/pause-reason';
import { CampaignStore } from '../engine/campaigns/campaign-store';
import { readLease, type LeaseState } from '../engine/ledger/campaign-leases';
import { LedgerStore } from '../engine/ledger/ledger-store';
import { readPollFailure } from '../engine/ledger/poll-failures';
import type { CliCommand } from './cli-command';
import { withReadOnly } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { parseCampaignCommand } from './campaign-id-arg';

const help = `Usage: peaksend status <campaignId> [--data-dir DIR] [--json]

Prints the campaign's status and how many recipients are in each ledger state. It only reads:
it can run while another Peaksend sends the campaign and changes nothing (no recovery, no
migration, no file created). With --json:
{"campaignId","name","status","pauseReason","pauseKind","heldBy","total","states":{"<state>":n},
"pollFailure"} where heldBy is {"kind":"app"|"cli","pid","host","since"} while a live Peaksend
sends it, and pollFailure {"message","httpStatus","since","at"} while delivery reports cannot be
fetched (403, 422, an unreadable reply).`;

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
    const out = cliOutput(io, json);
    return withReadOnly(dataDir, io, (db) => {
      const c = new CampaignStore(db).get(id);
      const reason = c.pauseReason ? describePauseReason(c.pauseReason) : null;
      const lease = leaseOf(db, id);
      const heldBy = lease?.alive ? lease.holder : null;
      const pollFailure = readPollFailure(db, id);
      const states: Record<string, number> = {};
      let total = 0;
      for (const [state, { n }] of new LedgerStore(db).counts(id)) {
        states[state] = n;
        total += n;
      }
      const who = heldBy
        ? ` by ${describeLeaseHolder(heldBy)}`
        : c.status === 'sending'
          ? ' (its sender is gone; `peaksend resume` continues it)'
          : '';
      const lines = [
        `campaign ${id} "${printable(c.name)}": ${c.status}${who}${reason ? ` (${printable(reason)})` : ''}`,
        ...Object.entries(states).map(([state, n]) => `  ${state.padEnd(18)} ${n}`),
        `  ${'total'.padEnd(18)} ${total}`,
      ];
      if (pollFailure) {
        const since = new Date(pollFailure.since).toISOString();
        lines.push(
          `delivery reports cannot be fetched (since ${since}): ${printable(pollFailure.message)}`,
        );
      }
      out.result(
        {
          campaignId: id,
          name: c.name,
          status: c.status,
          pauseReason: reason,
          pauseKind: c.pauseReason?.kind ?? null,
          heldBy,
          total,
          states,
          pollFailure,
        },
        lines.join('\n'),
      );
      return 0;
    });
  },
};
