import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ContactListView, ListExportFormat } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { neutralizeFormulaExceptNumbers, toCsvRow } from '../../../shared/csv/neutralize-formula';
import { statement } from '../db/statement-cache';
import { getList } from './contact-list';
import { writeXlsx, XLSX_MAX_ROWS } from './xlsx-writer';

const PAGE = 2000;
const SQL = {
  after: `SELECT id, phone, fields_json FROM contacts WHERE list_id = :listId AND id > :after
    ORDER BY id LIMIT :limit`,
} as const;

/**
 * The column titles an export writes: the list's phone header and its fields. One place, so
 * titles kept from the imported file replace the field names here.
 */
export function exportColumnTitles(list: ContactListView): string[] {
  return [list.phoneColumn ?? 'phone', ...list.columns];
}

/**
 * Writes a list to `path` as CSV (UTF-8 with a BOM so Excel reads accents; cells that could run
 * as formulas neutralised, E.164 numbers left clean) or XLSX (text cells; nothing ever runs).
 * Either way rows are read a page at a time, so memory stays flat with list size. The file is
 * written beside the destination and renamed over it when complete: a failed export leaves
 * neither a partial file nor a damaged earlier one.
 */
export async function exportList(
  db: DatabaseSync,
  listId: number,
  format: ListExportFormat,
  path: string,
): Promise<number> {
  const list = getList(db, listId);
  if (format === 'xlsx' && list.contactCount >= XLSX_MAX_ROWS) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Excel sheets hold at most ${XLSX_MAX_ROWS - 1} contacts; export this list as CSV.`,
    );
  }
  const header = exportColumnTitles(list);
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    const rows =
      format === 'xlsx'
        ? await writeXlsx(partial, {
            name: list.name,
            header,
            textColumns: [0],
            rows: listRows(db, list),
          })
        : await writeCsv(partial, header, listRows(db, list));
    await rename(partial, path);
    return rows;
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof AppFailure) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppFailure('IO', `Could not write ${path}: ${reason}`);
  }
}

/** Each contact as [phone, …its fields in the list's order], paged by id. */
function* listRows(db: DatabaseSync, list: ContactListView): Generator<string[]> {
  const page = statement(db, SQL.after);
  for (let after = 0; ;) {
    const rows = page.all({ listId: list.id, after, limit: PAGE });
    if (rows.length === 0) return;
    for (const row of rows) {
      const fields = JSON.parse(String(row.fields_json)) as Record<string, string>;
      yield [String(row.phone), ...list.columns.map((c) => fields[c] ?? '')];
    }
    after = Number(rows[rows.length - 1]?.id ?? after);
  }
}

async function writeCsv(
  path: string,
  header: readonly string[],
  rows: Iterable<readonly string[]>,
): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]: unknown[]) => {
    throw error;
  });
  failed.catch(() => undefined);
  let chunk = `\uFEFF${toCsvRow(header, ',', neutralizeFormulaExceptNumbers)}`;
  let count = 0;
  for (const row of rows) {
    chunk += toCsvRow(row, ',', neutralizeFormulaExceptNumbers);
    count += 1;
    if (chunk.length > 64_000) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      chunk = '';
    }
  }
  out.end(chunk);
  await Promise.race([once(out, 'finish'), failed]);
  return count;
}
