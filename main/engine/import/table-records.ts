import { stat } from 'node:fs/promises';
import type { FileFormat } from '../../../shared/contacts/import-types';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import { readCsvRecords, type CsvRecord, type RecordChunk } from './csv-records';
import { openSpreadsheet, type Spreadsheet } from './spreadsheet/open-spreadsheet';

/** Where the rows of a file come from: a CSV's text settings, or a spreadsheet's sheet. */
export interface TableSource {
  readonly format: FileFormat;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** Index into the spreadsheet's sheets; ignored for a CSV. */
  readonly sheet: number | null;
}

/** A stray cell far to the right (Excel allows 16,384 columns) is not worth a column. */
export const MAX_SHEET_COLUMNS = 1024;

/** The locale that decides how a spreadsheet's built-in date format is shown. */
export function spreadsheetLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/**
 * The records of a CSV or of one sheet, in the same shape, so the import pipeline does not care
 * which it reads. A sheet's progress is the share of its XML read, scaled to the file's size.
 */
export async function* readTableRecords(
  path: string,
  source: TableSource,
  options: { highWaterMark?: number; maxColumns?: number } = {},
): AsyncGenerator<RecordChunk> {
  if (source.format === 'csv') {
    yield* readCsvRecords(path, {
      encoding: source.encoding,
      delimiter: source.delimiter,
      highWaterMark: options.highWaterMark,
    });
    return;
  }
  const size = (await stat(path)).size;
  const spreadsheet = await openSpreadsheet(path, spreadsheetLocale());
  try {
    yield* sheetRecords(spreadsheet, source.sheet ?? spreadsheet.defaultSheet, size, options);
  } finally {
    spreadsheet.close();
  }
}

async function* sheetRecords(
  spreadsheet: Spreadsheet,
  sheet: number,
  fileSize: number,
  options: { maxColumns?: number },
): AsyncGenerator<RecordChunk> {
  const maxColumns = Math.min(options.maxColumns ?? MAX_SHEET_COLUMNS, MAX_SHEET_COLUMNS);
  for await (const chunk of spreadsheet.rows(sheet, maxColumns)) {
    const records: CsvRecord[] = [];
    for (const row of chunk.rows) if (!isEmptyRow(row)) records.push({ fields: row });
    const bytesRead = Math.round(chunk.fraction * fileSize);
    if (records.length > 0) yield { records, bytesRead };
  }
}

function isEmptyRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}
