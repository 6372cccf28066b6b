import type { DatabaseSync } from 'node:sqlite';
import type { SuppressionImportView } from '../../../shared/contacts/contact-types';
import { importOptOuts, type OptOutImportOptions } from './import-opt-outs';
import { listImportIssues } from './import-issues';
import type { PipelineHooks } from './import-progress';

/**
 * The opt-out import in one call (the background import with events is `importOptOuts`):
 * the same run and report, returned with its first issues, invalid numbers and repeats.
 */
export async function importSuppressionCsv(
  db: DatabaseSync,
  options: OptOutImportOptions & { maxIssues?: number },
  hooks: PipelineHooks = {},
): Promise<SuppressionImportView> {
  const report = await importOptOuts(db, options, hooks);
  const limit = Math.min(options.maxIssues ?? 1000, 1000);
  const issues = listImportIssues(db, report.runId, { limit })
    .rows.filter((i) => i.kind !== 'warning')
    .map(({ id: _id, ...issue }) => issue);
  return {
    total: report.total,
    added: report.imported,
    alreadySuppressed: report.duplicates,
    invalid: report.invalid,
    canceled: report.status === 'canceled',
    issues,
  };
}
