import { basename } from 'node:path';
import type { CsvPreview } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { previewFromRows } from './preview-from-rows';
import { openSpreadsheet } from './spreadsheet/open-spreadsheet';
import { MAX_SHEET_COLUMNS, spreadsheetLocale } from './table-records';

const SAMPLE_ROWS = 1001;

/** The preview of one sheet of an .xlsx or .ods (the first visible one unless chosen). */
export async function sniffSheet(
  path: string,
  sizeBytes: number,
  options: { sheet?: number; hasHeader?: boolean },
): Promise<CsvPreview> {
  const spreadsheet = await openSpreadsheet(path, spreadsheetLocale());
  try {
    const sheet = options.sheet ?? spreadsheet.defaultSheet;
    if (sheet >= spreadsheet.sheets.length) {
      throw new AppFailure(
        'INVALID_INPUT',
        `The spreadsheet has ${spreadsheet.sheets.length} sheets; sheet ${sheet + 1} does not exist.`,
      );
    }
    const rows: string[][] = [];
    for await (const chunk of spreadsheet.rows(sheet, MAX_SHEET_COLUMNS)) {
      for (const row of chunk.rows) if (row.some((cell) => cell.trim() !== '')) rows.push(row);
      if (rows.length >= SAMPLE_ROWS) break;
    }
    return previewFromRows(
      {
        fileName: basename(path),
        sizeBytes,
        format: spreadsheet.kind,
        // Cells need no text decoding; the report joins a row's values with commas.
        encoding: 'utf-8',
        delimiter: ',',
        sheets: [...spreadsheet.sheets],
        sheet,
        singleColumn: null,
      },
      rows.slice(0, SAMPLE_ROWS),
      options.hasHeader,
    );
  } finally {
    spreadsheet.close();
  }
}
