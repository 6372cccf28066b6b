import { readFile, stat } from 'node:fs/promises';
import type { PriceCsvResult } from '../../../shared/pricing/price-csv-result';
import { AppFailure } from '../../../shared/contract/result';
import { detectEncoding } from './detect-encoding';
import { parsePriceCsv, parsePriceRows } from './parse-price-csv';
import { detectFileKind } from './spreadsheet/file-kind';
import { openSpreadsheet } from './spreadsheet/open-spreadsheet';
import { spreadsheetLocale } from './table-records';
import { createDecoder } from './text-decoder';

const MAX_PRICE_FILE_BYTES = 5 * 1024 * 1024;
// A price table has one row per country; more is not a price table.
const MAX_PRICE_ROWS = 10_000;

/**
 * Reads a price table from a CSV (any encoding the import reads) or from the first visible sheet
 * of an .xlsx/.ods, told apart by content. Nothing is saved: the Settings page shows the result.
 */
export async function readPriceFile(path: string): Promise<PriceCsvResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppFailure('IO', 'That price file cannot be read.');
  }
  if (size > MAX_PRICE_FILE_BYTES) {
    throw new AppFailure(
      'INVALID_INPUT',
      'That file is too large to be a price table (over 5 MB).',
    );
  }
  if ((await detectFileKind(path)) !== 'csv') return readPriceSheet(path);
  const bytes = await readFile(path);
  const decoder = createDecoder(await detectEncoding(bytes, false));
  return parsePriceCsv(decoder.write(bytes) + decoder.end());
}

async function readPriceSheet(path: string): Promise<PriceCsvResult> {
  const spreadsheet = await openSpreadsheet(path, spreadsheetLocale());
  try {
    const rows: string[][] = [];
    for await (const chunk of spreadsheet.rows(spreadsheet.defaultSheet, 64)) {
      rows.push(...chunk.rows);
      if (rows.length > MAX_PRICE_ROWS) {
        throw new AppFailure('INVALID_INPUT', 'That sheet has too many rows to be a price table.');
      }
    }
    return parsePriceRows(rows);
  } finally {
    spreadsheet.close();
  }
}
