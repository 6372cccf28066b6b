/**
 * What the renderer sees of lists, contacts, imports and opt-outs. These are the only
 * definitions: the engine returns these shapes (or derives its working types from them).
 */
import type { CsvEncoding } from './csv-encodings';
import type { CountryGuess, FileFormat, SheetView } from './import-types';

export { csvEncodings, type CsvEncoding } from './csv-encodings';
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
export const issueKinds = ['invalid', 'duplicate', 'suppressed', 'warning'] as const;
export type IssueKind = (typeof issueKinds)[number];

/** Why a phone cell is unusable (the engine's phone normalisation decides). */
export const phoneInvalidReasons = [
  'empty',
  'not_a_number',
  'too_short',
  'too_long',
  'invalid_for_country',
  'unknown_country',
  /** Written without a country code while no default country is set. */
  'no_default_country',
  'mangled_by_excel',
] as const;
export type PhoneInvalidReason = (typeof phoneInvalidReasons)[number];
export type InvalidReason = PhoneInvalidReason | 'malformed_row';
export type DuplicateReason = 'duplicate_in_file' | 'already_in_list';
export type WarningReason =
  | 'not_valid_for_country'
  | 'extra_fields'
  | 'odd_quotes'
  | 'undecodable_characters'
  /** The phone cell had an extension ("ext. 12"); SMS cannot use it, so it was left out. */
  | 'extension_dropped'
  /** NUL bytes in the row (a damaged export); they were removed. */
  | 'nul_bytes';
export type IssueReason = InvalidReason | DuplicateReason | 'suppressed' | WarningReason;

/** How a list can be exported. */
export const listExportFormats = ['csv', 'xlsx'] as const;
export type ListExportFormat = (typeof listExportFormats)[number];

/** Where an opt-out came from: typed in, a CSV, a STOP reply, or reported by the API. */
export const suppressionSources = ['manual', 'import', 'reply', 'api'] as const;
export type SuppressionSource = (typeof suppressionSources)[number];

export interface ContactListView {
  readonly id: number;
  readonly name: string;
  /**
   * An import into this list has not finished: `running` now, or `interrupted` (stopped by a
   * crash or a full disk and not yet undone). Such a list cannot be chosen as an audience.
   */
  readonly importing: { readonly runId: number; readonly state: 'running' | 'interrupted' } | null;
  readonly defaultCountry: string | null;
  readonly columns: string[];
  /** The phone column's title as written in the file. */
  readonly phoneColumn: string | null;
  /**
   * Field key → the column's title as written in the file ("First Name" for `first_name`), for
   * showing the table as the user knows it; keys without an entry are shown as they are.
   */
  readonly headers: Readonly<Record<string, string>>;
  readonly contactCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ContactView {
  readonly id: number;
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Record<string, string>;
  /** Comma-separated warning codes from the import (e.g. `not_valid_for_country`). */
  readonly warning: string | null;
  /** 1-based data row in the imported file. */
  readonly sourceRow: number | null;
  readonly createdAt: string;
  /** On the opt-out list: kept in the list, never sent to. */
  readonly optedOut: boolean;
}

export interface ContactPageView {
  readonly rows: ContactView[];
  /** Rows matching the search (the whole list without one). */
  readonly total: number;
}

/** The preview step: detected settings and the first rows. */
export interface CsvPreview {
  readonly fileName: string;
  readonly sizeBytes: number;
  /** Told apart by content: a renamed workbook is still a workbook. */
  readonly format: FileFormat;
  /** A spreadsheet's sheets (empty for a CSV) and the one shown. */
  readonly sheets: SheetView[];
  readonly sheet: number | null;
  /** Text settings; for a spreadsheet they do not apply (utf-8, ","). */
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly singleColumn: boolean;
  readonly hasHeader: boolean;
  readonly headers: string[];
  readonly fieldNames: string[];
  readonly columnCount: number;
  readonly phoneColumn: number | null;
  readonly previewRows: string[][];
  /** Per column: the country most of its international numbers have (a suggestion). */
  readonly countryGuesses: (CountryGuess | null)[];
  readonly empty: boolean;
}

export interface ImportCountsView {
  /** Data rows read; always imported + invalid + duplicates + suppressed. */
  readonly total: number;
  readonly imported: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly suppressed: number;
  /** Imported rows that carry at least one warning (a subset of `imported`). */
  readonly warnings: number;
}

export interface ImportReportView extends ImportCountsView {
  readonly runId: number;
  readonly listId: number | null;
  readonly status: 'done' | 'canceled';
  readonly fileName: string;
  readonly format: FileFormat;
  /** The sheet read, for a spreadsheet. */
  readonly sheetName: string | null;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** The country numbers without a country code were read with (null: none). */
  readonly defaultCountry: string | null;
  readonly phoneColumn: string;
  readonly fields: string[];
  readonly durationMs: number;
}

export interface ImportProgress {
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsPerSecond: number;
}

export interface ImportProgressEvent extends ImportProgress {
  readonly importId: string;
}

/**
 * How an import that did not finish left the data: `done` — its undo committed (or it never
 * wrote anything): nothing was saved; `pending` — its undo could not commit yet (a full disk),
 * so its list is marked "import interrupted — not usable" until the engine finishes the undo.
 */
export type ImportUndo = 'done' | 'pending';

export type ImportFinishedEvent =
  | { readonly importId: string; readonly ok: true; readonly report: ImportReportView }
  | {
      readonly importId: string;
      readonly ok: false;
      readonly message: string;
      readonly undo: ImportUndo;
    };

/** What became of an import, asked by its id after the engine restarted under it. */
export type ImportOutcomeView =
  | { readonly state: 'running' }
  | { readonly state: 'finished'; readonly event: ImportFinishedEvent };

/** One reported row (a row can have several warnings; invalid/duplicate/suppressed are final). */
export interface RowIssueView {
  readonly id: number;
  /** 1-based data row: the header and blank lines are not counted. */
  readonly row: number;
  readonly kind: IssueKind;
  readonly reason: IssueReason;
  /** Plain words for the report. */
  readonly detail: string;
  readonly rawPhone: string | null;
  /** The row's values joined by the delimiter, capped (for the report, not for re-import). */
  readonly rawLine: string;
}

export interface SuppressionView {
  readonly phone: string;
  readonly source: SuppressionSource;
  readonly note: string | null;
  readonly createdAt: string;
}

export interface AddSuppressionsView {
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: { input: string; reason: PhoneInvalidReason; detail: string }[];
}

export interface SuppressionImportView {
  readonly total: number;
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: number;
  readonly canceled: boolean;
  /** The first issues (invalid numbers, repeats), in file order. */
  readonly issues: Omit<RowIssueView, 'id'>[];
}
