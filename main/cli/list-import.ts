import type { DatabaseSync } from 'node:sqlite';
import type { ContactListView, ImportCountsView } from '../../shared/contacts/contact-types';
import { AppFailure } from '../../shared/contract/result';
import { listLists } from '../engine/contacts/contact-list';
import { importCsv } from '../engine/import/import-csv';

export type ListImportCounts = ImportCountsView;

/** The list called `name` (exactly, as `peaksend lists` shows it), if there is one. */
export function findList(db: DatabaseSync, name: string): ContactListView | undefined {
  return listLists(db).find((l) => l.name === name);
}

/** The id of the list called `name`. */
export function listIdByName(db: DatabaseSync, name: string): number {
  const found = findList(db, name);
  if (!found) {
    throw new AppFailure('NOT_FOUND', `there is no list "${name}" (\`peaksend lists\` shows them)`);
  }
  return found.id;
}

/**
 * Imports a file into the list `list` (created when there is none of that name) through the
 * app's import pipeline: the same reading, normalisation, de-duplication and opt-out check.
 */
export async function importIntoList(
  db: DatabaseSync,
  options: {
    readonly path: string;
    readonly list: string;
    readonly country: string | null;
    readonly phoneColumn: string | undefined;
  },
): Promise<{ listId: number | null; created: boolean; counts: ListImportCounts }> {
  const existing = findList(db, options.list);
  const report = await importCsv(db, {
    path: options.path,
    ...(existing ? { listId: existing.id } : { newListName: options.list }),
    // Decided by the one country rule (country-option.ts) before the import.
    defaultCountry: options.country,
    ...(options.phoneColumn ? { phoneColumn: options.phoneColumn } : {}),
  });
  return {
    listId: report.listId,
    created: !existing,
    counts: {
      total: report.total,
      imported: report.imported,
      invalid: report.invalid,
      duplicates: report.duplicates,
      suppressed: report.suppressed,
      warnings: report.warnings,
    },
  };
}
