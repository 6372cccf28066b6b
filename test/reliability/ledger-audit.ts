import {
  acceptedStates,
  openSendStates,
  type LedgerState,
} from '../../shared/campaigns/ledger-state';
import type { ReceivedMessage } from '../../main/sandbox/message-log';
import { openDatabaseReadOnly } from '../../main/engine/db/open-read-only';
import { allCounters, countersFromLedger } from '../../main/engine/ledger/campaign-counts';
import { parseInternalId, readInternalIdPrefix } from '../../main/engine/ledger/internal-id';

export interface Audit {
  readonly recipients: number;
  readonly accepted: number;
  /** Recipients the sandbox accepted more than once, without the user choosing to resend. */
  readonly duplicates: number;
  /** Recipients neither received by the sandbox nor reported as uncertain/failed/skipped. */
  readonly lost: number;
  readonly uncertain: number;
  /** Groups where the per-campaign counters differ from a fresh count of the ledger's rows. */
  readonly countersOff: number;
}

/**
 * Compares the ledger with what the sandbox actually accepted, by internal_id. A row counts as
 * lost when the ledger claims CommPeak has it but the sandbox never accepted it, or when it is
 * still open (pending/submitting) after the campaign ended.
 */
export function auditCampaign(
  dataDir: string,
  campaignId: number,
  received: readonly ReceivedMessage[],
): Audit {
  const db = openDatabaseReadOnly(dataDir);
  // Ids carry the data folder's prefix: another folder's campaign with the same number is not ours.
  const prefix = readInternalIdPrefix(db);
  const acceptedBySeq = new Map<number, number>();
  for (const m of received) {
    if (!m.accepted) continue;
    const id = parseInternalId(m.internalId);
    if (!id || id.campaignId !== campaignId || (id.prefix !== null && id.prefix !== prefix)) {
      continue;
    }
    acceptedBySeq.set(id.seq, (acceptedBySeq.get(id.seq) ?? 0) + 1);
  }
  const rows = db
    .prepare('SELECT seq, state, resends FROM ledger WHERE campaign_id = ?')
    .all(campaignId);
  const key = (c: { variant: string; state: string; country: string; n: number; parts: number }) =>
    `${c.variant}|${c.state}|${c.country}|${c.n}|${c.parts}`;
  const ours = (list: ReturnType<typeof allCounters>) =>
    new Set(list.filter((c) => c.campaignId === campaignId).map(key));
  const counted = ours(allCounters(db));
  const fresh = ours(countersFromLedger(db));
  const countersOff =
    [...counted].filter((k) => !fresh.has(k)).length +
    [...fresh].filter((k) => !counted.has(k)).length;
  db.close();
  let accepted = 0;
  let duplicates = 0;
  let lost = 0;
  let uncertain = 0;
  for (const r of rows) {
    const seq = Number(r.seq);
    const state = String(r.state) as LedgerState;
    const times = acceptedBySeq.get(seq) ?? 0;
    if (times > 1 + Number(r.resends)) duplicates += 1;
    if (state === 'uncertain') uncertain += 1;
    if (acceptedStates.has(state)) {
      accepted += 1;
      if (times === 0) lost += 1;
    }
    if (openSendStates.has(state)) lost += 1;
  }
  return { recipients: rows.length, accepted, duplicates, lost, uncertain, countersOff };
}
