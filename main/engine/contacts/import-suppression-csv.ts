import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db/transaction';
import { resolveCsv, type CsvReadOptions } from '../import/csv-settings';
import { emptyCounts, type RowIssue } from '../import/import-issue';
import { runImportPipeline, type ContactFate, type RowSink } from '../import/import-pipeline';
import type { PipelineHooks } from '../import/import-progress';
import { statement } from './statement-cache';
import type { SuppressionSource } from './suppression-list';

export interface SuppressionImportReport {
  readonly total: number;
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: number;
  readonly canceled: boolean;
  /** The first issues (invalid numbers, repeats), in file order. */
  readonly issues: RowIssue[];
}

const INSERT = `INSERT OR IGNORE INTO suppressions (phone, source, note, created_at) VALUES (?, ?, ?, ?)`;

/**
 * Adds every number in a CSV to the opt-out list (e.g. an export from another tool), through
 * the same reading and phone normalisation as a contact import. Batches commit as they go:
 * opt-outs are worth keeping even if the user cancels halfway.
 */
export async function importSuppressionCsv(
  db: DatabaseSync,
  options: CsvReadOptions & {
    source?: SuppressionSource;
    note?: string | null;
    maxIssues?: number;
  },
  hooks: PipelineHooks = {},
): Promise<SuppressionImportReport> {
  const resolved = await resolveCsv({ ...options, fieldColumns: {} });
  const insert = statement(db, INSERT);
  const source = options.source ?? 'import';
  const note = options.note ?? resolved.sniff.fileName;
  const maxIssues = options.maxIssues ?? 1000;
  const issues: RowIssue[] = [];
  let now = '';
  const sink: RowSink = {
    batch(work) {
      now = new Date().toISOString();
      inTransaction(db, work);
    },
    place(contact): ContactFate {
      const changes = Number(insert.run(contact.phone, source, note, now).changes);
      if (changes > 0) return { kind: 'imported' };
      return {
        kind: 'duplicate',
        reason: 'already_in_list',
        detail: `${contact.phone} is already on the opt-out list.`,
      };
    },
    report(issue) {
      if (issue.kind !== 'warning' && issues.length < maxIssues) issues.push(issue);
    },
  };
  const counts = emptyCounts();
  const result = await runImportPipeline(
    {
      path: options.path,
      encoding: resolved.encoding,
      delimiter: resolved.delimiter,
      hasHeader: resolved.hasHeader,
      mapping: resolved.mapping,
    },
    sink,
    hooks,
    counts,
  );
  return {
    total: counts.total,
    added: counts.imported,
    alreadySuppressed: counts.duplicates,
    invalid: counts.invalid,
    canceled: result.canceled,
    issues,
  };
}
