import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ImportReportView } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { createList, getList, listNameSchema, setListShape } from '../contacts/contact-list';
import { hasSuppressions } from '../contacts/suppression-list';
import { inTransaction } from '../db/transaction';
import { csvReadOptionsSchema, resolveCsv } from './csv-settings';
import { emptyCounts } from './import-issue';
import { runImportPipeline } from './import-pipeline';
import type { PipelineHooks } from './import-progress';
import { finishRun, startRun } from './import-run';
import { createDatabaseSink } from './database-sink';
import { withImportPragmas } from './import-pragmas';
import { assertRoomForImport } from './import-space';
import { undoOrExplain } from './import-undo';

export const importCsvOptionsSchema = csvReadOptionsSchema
  .extend({
    listId: z.number().int().positive().optional(),
    newListName: listNameSchema.optional(),
  })
  .refine((o) => (o.listId === undefined) !== (o.newListName === undefined), {
    message: 'Choose either an existing list or a name for a new one',
  });
export type ImportCsvOptions = z.input<typeof importCsvOptionsSchema> & {
  /** The id main knows this import by, stored with the run (contacts:importOutcome). */
  readonly importKey?: string;
  /** Tests only: rows per transaction and read size. */
  readonly batchRows?: number;
  readonly highWaterMark?: number;
};

/**
 * Imports a CSV into a new or existing list: every data row becomes a contact or a row in the
 * run's issue report (invalid, duplicate, suppressed; warnings are imported rows).
 *
 * Canceling (via `hooks.signal`) or a failure takes the run's rows back out, so the list is as it
 * was; a list created by the run is deleted. A crash leaves a 'running' run that the next start
 * undoes. When the undo itself cannot commit (a full disk), `ImportNotUndone` is thrown: the run
 * stays 'running', its list unusable, and the caller keeps the undo for later. The free space is
 * checked first, against an estimate from the file's size.
 */
export async function importCsv(
  db: DatabaseSync,
  options: ImportCsvOptions,
  hooks: PipelineHooks & { readonly onRun?: (runId: number) => void } = {},
): Promise<ImportReportView> {
  const started = performance.now();
  const parsed = importCsvOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppFailure(
      'INVALID_INPUT',
      parsed.error.issues[0]?.message ?? 'Invalid import settings',
    );
  }
  const input = parsed.data;
  const existing = input.listId === undefined ? null : getList(db, input.listId);
  const resolved = await resolveCsv({
    ...input,
    defaultCountry: input.defaultCountry ?? existing?.defaultCountry ?? null,
  });
  const country = resolved.mapping.defaultCountry ?? null;
  assertRoomForImport(db, input.path);

  const { listId, runId } = inTransaction(db, () => {
    const list =
      existing ?? createList(db, { name: input.newListName ?? '', defaultCountry: country });
    const columns = [...list.columns];
    for (const name of resolved.fieldNames) if (!columns.includes(name)) columns.push(name);
    const id = startRun(db, {
      listId: list.id,
      createdList: existing === null,
      previous: existing
        ? {
            columns: existing.columns,
            phoneColumn: existing.phoneColumn,
            defaultCountry: existing.defaultCountry,
            updatedAt: existing.updatedAt,
          }
        : null,
      fileName: resolved.sniff.fileName,
      encoding: resolved.encoding,
      delimiter: resolved.delimiter,
      defaultCountry: country,
      importKey: options.importKey ?? null,
    });
    setListShape(db, list.id, {
      columns,
      phoneColumn: list.phoneColumn ?? resolved.phoneHeader,
      defaultCountry: list.defaultCountry ?? country,
    });
    return { listId: list.id, runId: id };
  });
  hooks.onRun?.(runId);

  const sink = createDatabaseSink(db, { listId, runId, checkSuppressions: hasSuppressions(db) });
  const counts = emptyCounts();
  let result;
  try {
    result = await withImportPragmas(db, () =>
      runImportPipeline(
        {
          path: input.path,
          csv: resolved,
          batchRows: options.batchRows,
          highWaterMark: options.highWaterMark,
        },
        sink,
        hooks,
        counts,
      ),
    );
    // Inside the try: a full disk can refuse this last write too, and then the run is undone.
    if (!result.canceled) finishRun(db, runId, 'done', result.counts);
  } catch (error) {
    const run = { runId, fileName: resolved.sniff.fileName, counts };
    throw undoOrExplain(db, run, { error }) ?? new AppFailure('INTERNAL', 'The import failed.');
  }

  if (result.canceled) {
    const run = { runId, fileName: resolved.sniff.fileName, counts: result.counts };
    undoOrExplain(db, run, { canceled: true });
  }
  return {
    runId,
    listId: result.canceled && existing === null ? null : listId,
    status: result.canceled ? 'canceled' : 'done',
    ...result.counts,
    fileName: resolved.sniff.fileName,
    encoding: resolved.encoding,
    delimiter: resolved.delimiter,
    phoneColumn: resolved.phoneHeader,
    fields: resolved.fieldNames,
    durationMs: Math.round(performance.now() - started),
  };
}
