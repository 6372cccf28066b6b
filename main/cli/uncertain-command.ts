import type { DatabaseSync } from 'node:sqlite';
import { AppFailure } from '../../shared/contract/result';
import { CampaignStore } from '../engine/campaigns/campaign-store';
import { uncertainRows } from '../engine/ledger/ledger-queries';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { openCliEngine, withReadOnly } from './cli-engine';
import { cliOutput, printable, type CliOutput } from './cli-output';
import { cliCredentials, tokenFromEnv } from './cli-stream';
import { parseCampaignArgs } from './campaign-id-arg';
import { EXIT_CODES_HELP } from './exit-codes';
import { runToEnd } from './run-campaign';
import { parseRunFlags, RUN_FLAGS_HELP, runFlagSpec, type RunFlags } from './run-flags';

const help = `Usage: peaksend uncertain <campaignId> [--resend | --mark-sent] [--data-dir DIR] [--json]

Uncertain recipients are those whose request may have reached CommPeak without an answer
(a timeout, a broken connection, a 500/502/504, a crash mid-send). They are never resent on
their own: only you can say what happened.

  (no flag)    lists them: seq, phone, the internal id they went out with, the reason. It only
               reads. With --json: {"campaignId","uncertain","rows":[{"seq","phone",
               "internalId","reason","detail","submittedAt"}]}.
  --mark-sent  records every one of them as sent (you checked CommPeak's portal, say).
               With --json: {"campaignId","markedSent"}.
  --resend     sends every one of them again, as new messages (internal id -rN): a recipient
               may get the message twice. Needs PEAKSEND_TOKEN; output and exit codes as
               \`peaksend resume\`. Also takes:
${RUN_FLAGS_HELP}

${EXIT_CODES_HELP}`;

const ALL_ROWS = 1_000_000_000;

function listUncertain(db: DatabaseSync, id: number, out: CliOutput): number {
  const c = new CampaignStore(db).get(id);
  const rows = uncertainRows(db, id, ALL_ROWS);
  const text = [
    `campaign ${id} "${printable(c.name)}": ${rows.length} uncertain`,
    ...rows.map(
      (r) =>
        `  ${String(r.seq).padEnd(7)} ${r.phone.padEnd(16)} ${(r.internalId ?? '-').padEnd(24)} ${printable(r.reason ?? '')}`,
    ),
    ...(rows.length > 0
      ? [
          `\`peaksend uncertain ${id} --mark-sent\` records them as sent; \`--resend\` sends them again.`,
        ]
      : []),
  ].join('\n');
  out.result({ campaignId: id, uncertain: rows.length, rows }, text);
  return 0;
}

async function resolveUncertain(
  io: CliIo,
  out: CliOutput,
  args: { id: number; dataDir: string | undefined; resend: boolean; flags: RunFlags },
): Promise<number> {
  const { id } = args;
  const token = args.resend ? tokenFromEnv(io.env) : null;
  const started = performance.now();
  const engine = openCliEngine(args.dataDir, io, out);
  try {
    const campaign = engine.campaigns.get(id);
    if (token === null) {
      const n = uncertainRows(engine.db, id, ALL_ROWS).length;
      await engine.coordinator.markUncertainSent(id);
      out.result({ campaignId: id, markedSent: n }, `campaign ${id}: ${n} marked as sent`);
      return 0;
    }
    if (!campaign.streamId) throw new UsageError(`campaign ${id} has no stream`);
    if (uncertainRows(engine.db, id, 1).length === 0) {
      throw new AppFailure('CONFLICT', `campaign ${id} has no uncertain recipients to resend`);
    }
    const creds = cliCredentials(engine, campaign.streamId, token);
    await engine.coordinator.resendUncertain(id, creds, undefined, args.flags.run);
    out.note('campaign', { campaignId: id, name: campaign.name }, `campaign ${id}`);
    return await runToEnd(engine, id, out, args.flags, started);
  } finally {
    await engine.close();
  }
}

export const uncertainCommand: CliCommand = {
  name: 'uncertain',
  summary: "list a campaign's uncertain recipients, or resolve them all",
  help,
  async run(args, io) {
    const { id, dataDir, json, values } = parseCampaignArgs(args, 'uncertain', {
      resend: { type: 'boolean' },
      'mark-sent': { type: 'boolean' },
      ...runFlagSpec,
    });
    const out = cliOutput(io, json);
    const resend = values.resend === true;
    const markSent = values['mark-sent'] === true;
    if (resend && markSent) throw new UsageError('choose one: --resend or --mark-sent');
    if (!resend && (values['max-wait'] ?? values['wait-delivery']) !== undefined) {
      throw new UsageError('--max-wait and --wait-delivery go with --resend');
    }
    const flags = parseRunFlags(values);
    if (!resend && !markSent) return withReadOnly(dataDir, io, (db) => listUncertain(db, id, out));
    return resolveUncertain(io, out, { id, dataDir, resend, flags });
  },
};
