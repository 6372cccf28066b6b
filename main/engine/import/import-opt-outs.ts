import type { DatabaseSync } from 'node:sqlite';
import type { ImportReportView, SuppressionSource } from '../../../shared/contacts/contact-types';
import { insertSuppression } from '../contacts/suppression-list';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { howRead, resolveCsv, type CsvReadOptions } from './csv-settings';
import { emptyCounts } from './import-issue';
import { runImportPipeline, type ContactFate, type RowSink } from './import-pipeline';
import type { PipelineHooks } from './import-progress';
import { finishRun, startRun } from './import-run';

const INSERT_ISSUE = `INSERT INTO import_issues (run_id, row, kind, reason, detail, raw_phone, raw_line)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

export type OptOutImportOptions = CsvReadOptions & {
  readonly source?: SuppressionSource;
  readonly note?: string | null;
  /** The id the renderer follows this import by (see import_runs.import_key). */
  readonly importKey?: string | null;
};

/**
 * Adds every number of a CSV or spreadsheet to the opt-out list through the same reading,
 * column choice, country rule and per-row report as a contact import: an import run with its
 * issues (numbers that cannot be read are listed, never skipped in silence), which the report
 * step pages through and exports like any other. Opt-outs are stored normalised (E.164), so a
 * number opted out as "07898 687277" (GB) is skipped however a list writes it.
 *
 * Batches commit as they go and are kept when the user cancels: an opt-out is worth keeping.
 */
export async function importOptOuts(
  db: DatabaseSync,
  options: OptOutImportOptions,
  hooks: PipelineHooks & { readonly onRun?: (runId: number) => void } = {},
): Promise<ImportReportView> {
  const started = performance.now();
  const resolved = await resolveCsv({ ...options, fieldColumns: {} });
  const country = resolved.mapping.defaultCountry ?? null;
  const source = options.source ?? 'import';
  const note = options.note ?? resolved.sniff.fileName;
  const runId = inTransaction(db, () =>
    startRun(db, {
      listId: null,
      createdList: false,
      previous: null,
      fileName: resolved.sniff.fileName,
      encoding: resolved.encoding,
      delimiter: resolved.delimiter,
      defaultCountry: country,
      importKey: options.importKey ?? null,
    }),
  );
  hooks.onRun?.(runId);
  const issue = statement(db, INSERT_ISSUE);
  let now = '';
  const sink: RowSink = {
    wants: { fields: false, searchColumns: null },
    batch(work) {
      now = new Date().toISOString();
      inTransaction(db, work);
    },
    place(block) {
      const fates = new Map<number, ContactFate>();
      block.phones.forEach((phone, i) => {
        if (!insertSuppression(db, { phone, source, note, at: now })) {
          fates.set(i, {
            kind: 'duplicate',
            reason: 'already_in_list',
            detail: `${phone} is already on the opt-out list.`,
          });
        }
      });
      return fates;
    },
    report(row) {
      issue.run(runId, row.row, row.kind, row.reason, row.detail, row.rawPhone, row.rawLine);
    },
  };
  const counts = emptyCounts();
  let canceled: boolean;
  try {
    const result = await runImportPipeline(
      { path: options.path, csv: resolved },
      sink,
      hooks,
      counts,
    );
    canceled = result.canceled;
  } catch (error) {
    finishRun(db, runId, 'failed', counts, error instanceof Error ? error.message : String(error));
    throw error;
  }
  finishRun(db, runId, canceled ? 'canceled' : 'done', counts);
  return {
    runId,
    listId: null,
    status: canceled ? 'canceled' : 'done',
    ...counts,
    ...howRead(resolved),
    defaultCountry: country,
    phoneColumn: resolved.phoneHeader,
    fields: [],
    durationMs: Math.round(performance.now() - started),
  };
}
