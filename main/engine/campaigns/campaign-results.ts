import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ResultPage, ResultRow } from '../../../shared/campaigns/campaign-types';
import {
  progressGroupOf,
  statesInGroup,
  type LedgerState,
  type ProgressGroup,
} from '../../../shared/campaigns/ledger-state';
import { neutralizeFormulaExceptNumbers, toCsvLine } from '../../../shared/csv/neutralize-formula';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { CampaignStore } from './campaign-store';
import type { QuietHours } from './quiet-hours';

const iso = (ms: unknown) =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

function toResultRow(r: Record<string, unknown>): ResultRow {
  return {
    seq: Number(r.seq),
    variant: String(r.variant),
    phone: String(r.phone),
    country: r.country === null ? null : String(r.country),
    fields: JSON.parse(String(r.fields_json)) as Record<string, string>,
    text: String(r.text),
    parts: Number(r.parts),
    state: String(r.state) as LedgerState,
    messageUuid: r.message_uuid === null ? null : String(r.message_uuid),
    error: r.error_detail === null ? null : String(r.error_detail),
    errorCode: r.error_code === null || r.error_code === undefined ? null : String(r.error_code),
    deliveryStatus: r.delivery_status === null ? null : String(r.delivery_status),
    submittedAt: iso(r.submitted_at),
    acceptedAt: iso(r.accepted_at),
    finalAt: iso(r.final_at),
    zone: r.zone === null || r.zone === undefined ? null : String(r.zone),
    zoneUncertain: Number(r.zone_uncertain ?? 0) === 1,
    heldUntil: null,
  };
}

/** Quiet hours as they hold a campaign's rows now (null: the campaign ignores them). */
export interface HoldCheck {
  readonly quietHours: QuietHours | null;
  readonly now: number;
}

/** A row not yet sent that is outside its recipient's window says until when it waits. */
function withHold(row: ResultRow, hold: HoldCheck | undefined): ResultRow {
  const quiet = hold?.quietHours;
  if (!quiet || !hold || progressGroupOf(row.state) !== 'pending') return row;
  if (quiet.isAllowed(row.country, hold.now, row.zone)) return row;
  const at = quiet.nextOpening(row.country, hold.now, row.zone);
  if (at === null) return row;
  return {
    ...row,
    heldUntil: {
      at: new Date(at).toISOString(),
      local: quiet.localClock(row.country, at, row.zone),
    },
  };
}

/** What the export's `variant` column says for a row a test split held back. */
export const HELD_BACK_LABEL = 'held back';

function whereOf(
  id: number,
  group: ProgressGroup | 'all',
  search: string,
  variant: string,
  errorCode?: string,
): { sql: string; args: SQLInputValue[] } {
  const states = group === 'all' ? null : statesInGroup(group);
  let sql = 'campaign_id = ?';
  const args: SQLInputValue[] = [id];
  if (variant !== 'all') {
    sql += ' AND variant = ?';
    args.push(variant);
  }
  if (states) {
    sql += ` AND state IN (${states.map(() => '?').join(',')})`;
    args.push(...states);
  }
  if (errorCode !== undefined) {
    sql += ' AND error_code = ?';
    args.push(errorCode);
  }
  const digits = search.replace(/[^\d]/g, '');
  if (digits) {
    sql += ' AND phone LIKE ?';
    args.push(`%${digits}%`);
  }
  return { sql, args };
}

/** A page of a campaign's results, filtered by progress group and phone digits. */
export function queryResults(
  db: DatabaseSync,
  q: {
    id: number;
    group: ProgressGroup | 'all';
    search: string;
    variant: string;
    errorCode?: string | undefined;
    offset: number;
    limit: number;
  },
  /** Rows held for quiet hours say until when (the campaign's quiet hours, the engine's clock). */
  hold?: HoldCheck,
): ResultPage {
  const { sql, args } = whereOf(q.id, q.group, q.search, q.variant, q.errorCode);
  const total = Number(
    db.prepare(`SELECT COUNT(*) AS n FROM ledger WHERE ${sql}`).get(...args)?.n ?? 0,
  );
  const rows = db
    .prepare(`SELECT * FROM ledger WHERE ${sql} ORDER BY seq LIMIT ? OFFSET ?`)
    .all(...args, q.limit, q.offset)
    .map((r) => withHold(toResultRow(r), hold));
  return { rows, total };
}

/**
 * Writes every result row as CSV (phone, fields, rendered text, parts, state, CommPeak uuid,
 * error, delivery status, times — and, for a campaign with variants, each row's variant after
 * the phone), streaming so a million rows need no big string.
 */
export async function exportResults(db: DatabaseSync, id: number, path: string): Promise<number> {
  const withVariant = new CampaignStore(db).get(id).variants.length > 1;
  const variantCell = (r: ResultRow) =>
    withVariant ? [r.variant === AWAITING_WINNER ? HELD_BACK_LABEL : r.variant] : [];
  const fieldNames = new Set<string>();
  for (const r of db
    .prepare('SELECT fields_json FROM ledger WHERE campaign_id = ? LIMIT 1000')
    .iterate(id)) {
    for (const k of Object.keys(JSON.parse(String(r.fields_json)) as object)) fieldNames.add(k);
  }
  const fields = [...fieldNames];
  const out = createWriteStream(path, { encoding: 'utf8', mode: 0o600 }); // phones and texts
  // Only cells that could run as formulas get an apostrophe: a phone stays clean E.164.
  const write = async (values: Parameters<typeof toCsvLine>[0]) => {
    const line = toCsvLine(values, ',', neutralizeFormulaExceptNumbers);
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  };
  // A UTF-8 BOM: without it Excel reads the file in the system code page and garbles accents.
  out.write('\ufeff');
  await write([
    'phone',
    ...(withVariant ? ['variant'] : []),
    ...fields,
    'message',
    'parts',
    'state',
    'commpeak_uuid',
    'error',
    'delivery_status',
    'submitted_at',
    'accepted_at',
    'final_at',
  ]);
  let n = 0;
  for (const raw of db
    .prepare('SELECT * FROM ledger WHERE campaign_id = ? ORDER BY seq')
    .iterate(id)) {
    const r = toResultRow(raw);
    await write([
      r.phone,
      ...variantCell(r),
      ...fields.map((f) => r.fields[f] ?? ''),
      r.text,
      r.parts,
      r.state,
      r.messageUuid,
      r.error,
      r.deliveryStatus,
      r.submittedAt,
      r.acceptedAt,
      r.finalAt,
    ]);
    n += 1;
  }
  out.end();
  await once(out, 'finish');
  return n;
}
