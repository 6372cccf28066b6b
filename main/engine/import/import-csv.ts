import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ContactListView, ImportReportView } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { createList, getList, listNameSchema, setListShape } from '../contacts/contact-list';
import { hasSuppressions } from '../contacts/suppression-list';
import { inTransaction } from '../db/transaction';
import { decideCountry } from '../phone/country-rule';
import { csvReadOptionsSchema, howRead, resolveCsv, type ResolvedCsv } from './csv-settings';
import { emptyCounts } from './import-issue';
import { runImportPipeline } from './import-pipeline';
import type { PipelineHooks } from './import-progress';
import { dropEmptyCreatedList, finishRun, startRun } from './import-run';
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
 * Imports a CSV or a spreadsheet into a new or existing list: every data row becomes a contact
 * or a row in the run's issue report (invalid, duplicate, suppressed; warnings are imported rows).
 *
 * Canceling (via `hooks.signal`) or a failure takes the run's rows back out, so the list is as it
 * was; a list created by the run is deleted, and so is one the run created but left empty (no
 * row could be imported). A crash leaves a 'running' run that the next start undoes. When the
 * undo itself cannot commit (a full disk), `ImportNotUndone` is thrown: the run stays 'running',
 * its list unusable, and the caller keeps the undo for later. The free space is checked first,
 * against an estimate from the file's size.
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
  // An explicit choice (even "None") wins; an API call that names none gets the list's.
  const country = decideCountry({
    ...(input.defaultCountry === undefined ? {} : { chosen: input.defaultCountry }),
    list: existing?.defaultCountry ?? null,
  }).choice.country;
  const resolved = await resolveCsv({ ...input, defaultCountry: country });
  assertRoomForImport(db, input.path);

  const { listId, runId } = inTransaction(db, () => {
    const list =
      existing ?? createList(db, { name: input.newListName ?? '', defaultCountry: country });
    const id = startRun(db, {
      listId: list.id,
      createdList: existing === null,
      previous: existing
        ? {
            columns: existing.columns,
            phoneColumn: existing.phoneColumn,
            defaultCountry: existing.defaultCountry,
            headers: existing.headers,
            updatedAt: existing.updatedAt,
          }
        : null,
      fileName: resolved.sniff.fileName,
      encoding: resolved.encoding,
      delimiter: resolved.delimiter,
      defaultCountry: country,
      importKey: options.importKey ?? null,
    });
    setListShape(db, list.id, shapeAfter(list, resolved, country));
    return { listId: list.id, runId: id };
  });
  hooks.onRun?.(runId);

  const sink = createDatabaseSink(db, { listId, runId, checkSuppressions: hasSuppressions(db) });
  const counts = emptyCounts();
  let keptList: number | null = listId;
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
    if (!result.canceled && existing === null && result.counts.imported === 0) {
      // "No contacts were imported": a new list with nothing in it is not kept; the report is.
      dropEmptyCreatedList(db, runId, result.counts);
      keptList = null;
    } else if (!result.canceled) finishRun(db, runId, 'done', result.counts);
  } catch (error) {
    const run = { runId, fileName: resolved.sniff.fileName, counts };
    throw undoOrExplain(db, run, { error }) ?? new AppFailure('INTERNAL', 'The import failed.');
  }

  if (result.canceled) {
    const run = { runId, fileName: resolved.sniff.fileName, counts: result.counts };
    undoOrExplain(db, run, { canceled: true });
    if (existing === null) keptList = null;
  }
  return {
    runId,
    listId: keptList,
    status: result.canceled ? 'canceled' : 'done',
    ...result.counts,
    ...howRead(resolved),
    defaultCountry: country,
    phoneColumn: resolved.phoneHeader,
    fields: resolved.fieldNames,
    durationMs: Math.round(performance.now() - started),
  };
}

/** The list's columns and their titles after this import (new ones added, old ones kept). */
function shapeAfter(list: ContactListView, resolved: ResolvedCsv, country: string | null) {
  const columns = [...list.columns];
  for (const name of resolved.fieldNames) if (!columns.includes(name)) columns.push(name);
  const headers: Record<string, string> = { ...list.headers };
  if (resolved.hasHeader) {
    for (const { column, name } of resolved.mapping.fields) {
      const title = resolved.sniff.headers[column];
      if (title && headers[name] === undefined) headers[name] = title;
    }
  }
  return {
    columns,
    phoneColumn: list.phoneColumn ?? resolved.phoneHeader,
    defaultCountry: list.defaultCountry ?? country,
    headers,
  };
}
