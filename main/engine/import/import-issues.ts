import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';
import type { IssueKind, IssueReason, RowIssueView } from '../../../shared/contacts/contact-types';
import { toCsvRow } from '../../../shared/csv/neutralize-formula';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { issueKindSchema } from './import-issue';
import { getImportRun } from './import-run';

const SQL = {
  page: `SELECT id, row, kind, reason, detail, raw_phone, raw_line FROM import_issues
    WHERE run_id = :runId AND (:kind IS NULL OR kind = :kind) ORDER BY id LIMIT :limit OFFSET :offset`,
  count: `SELECT COUNT(*) AS n FROM import_issues WHERE run_id = :runId AND (:kind IS NULL OR kind = :kind)`,
  after: `SELECT id, row, kind, reason, detail, raw_phone, raw_line FROM import_issues
    WHERE run_id = :runId AND id > :after ORDER BY id LIMIT :limit`,
} as const;

/** One page of an import's per-row report, in file order, optionally one kind only. */
export function listImportIssues(
  db: DatabaseSync,
  runId: number,
  query: { kind?: IssueKind; offset?: number; limit?: number } = {},
): { rows: RowIssueView[]; total: number } {
  getImportRun(db, runId);
  const kind = query.kind ?? null;
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const rows = statement(db, SQL.page).all({ runId, kind, limit, offset }).map(toIssue);
  const count = statement(db, SQL.count).get({ runId, kind });
  return { rows, total: Number(count?.n ?? 0) };
}

/**
 * Writes an import's report as CSV to `destination` (a path the user chose in a save dialog —
 * never next to the imported file). UTF-8 with a BOM so Excel reads accents; formula-like cells
 * neutralised. Pages through the table so memory stays flat for a million issues.
 */
export async function exportImportIssuesCsv(
  db: DatabaseSync,
  runId: number,
  destination: string,
): Promise<{ rows: number }> {
  getImportRun(db, runId);
  // Owner-only, like everything else Peaksend writes: the report holds phones and names.
  const out = createWriteStream(destination, { encoding: 'utf8', mode: 0o600 });
  const failed = once(out, 'error').then(([error]: unknown[]) => {
    throw new AppFailure('IO', `Cannot write the report: ${(error as Error).message}`);
  });
  failed.catch(() => undefined);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let rows = 0;
  await write(`\uFEFF${toCsvRow(['row', 'kind', 'reason', 'detail', 'phone', 'line'])}`);
  for (let after = 0; ;) {
    const page = statement(db, SQL.after).all({ runId, after, limit: 5000 }).map(toIssue);
    if (page.length === 0) break;
    for (const issue of page) {
      await write(
        toCsvRow([
          issue.row,
          issue.kind,
          issue.reason,
          issue.detail,
          issue.rawPhone,
          issue.rawLine,
        ]),
      );
    }
    rows += page.length;
    after = page[page.length - 1]?.id ?? after;
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { rows };
}

function toIssue(row: Record<string, unknown>): RowIssueView {
  return {
    id: Number(row.id),
    row: Number(row.row),
    kind: issueKindSchema.parse(row.kind),
    reason: String(row.reason) as IssueReason,
    detail: String(row.detail),
    rawPhone: row.raw_phone === null ? null : String(row.raw_phone),
    rawLine: row.raw_line === null ? '' : String(row.raw_line),
  };
}
