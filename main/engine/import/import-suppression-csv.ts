import type { DatabaseSync } from 'node:sqlite';
import type {
  SuppressionImportView,
  SuppressionSource,
} from '../../../shared/contacts/contact-types';
import { insertSuppression } from '../contacts/suppression-list';
import { inTransaction } from '../db/transaction';
import { resolveCsv, type CsvReadOptions } from './csv-settings';
import { emptyCounts, type RowIssue } from './import-issue';
import { runImportPipeline, type ContactFate, type RowSink } from './import-pipeline';
import type { PipelineHooks } from './import-progress';

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
): Promise<SuppressionImportView> {
  const resolved = await resolveCsv({ ...options, fieldColumns: {} });
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
      if (insertSuppression(db, { phone: contact.phone, source, note, at: now })) {
        return { kind: 'imported' };
      }
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
    { path: options.path, csv: resolved },
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
