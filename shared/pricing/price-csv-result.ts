import type { PriceEntry } from './price-table';

// What reading a price CSV found. The parser itself lives in the engine
// (main/engine/import/parse-price-csv.ts) because papaparse's types pull Node into the web
// typecheck; the renderer and the contract only need these shapes.

export interface PriceCsvIssue {
  /** Line in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export interface PriceCsvResult {
  entries: PriceEntry[];
  /** The one currency of all entries, or null when no row could be read. */
  currency: string | null;
  /** Rows that were skipped, with the reason. */
  errors: PriceCsvIssue[];
  /** Rows that were used but deserve a look (e.g. a dialling code shared by countries). */
  warnings: PriceCsvIssue[];
}
