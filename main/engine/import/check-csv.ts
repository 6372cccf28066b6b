import type { FileFormat } from '../../../shared/contacts/import-types';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import { resolveCsv, type CsvReadOptions } from './csv-settings';
import { emptyCounts, type ImportCounts, type RowIssue } from './import-issue';
import { runImportPipeline, type ContactFate, type RowSink } from './import-pipeline';
import type { PipelineHooks } from './import-progress';

export interface CheckCsvOptions extends CsvReadOptions {
  /** E.164 numbers to treat as opted out. */
  readonly suppressed?: ReadonlySet<string>;
  /** Issues kept in the report (the counts always cover every row). Default 1000. */
  readonly maxIssues?: number;
  readonly highWaterMark?: number;
}

export interface CheckCsvReport extends ImportCounts {
  readonly canceled: boolean;
  readonly fileName: string;
  readonly format: FileFormat;
  /** The sheet read, for a spreadsheet. */
  readonly sheetName: string | null;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly singleColumn: boolean;
  readonly hasHeader: boolean;
  /** Normalised name of the phone column (one of `columns`); null for a file with no columns. */
  readonly phoneColumn: string | null;
  /** Every column's normalised name, in file order. */
  readonly columns: string[];
  /** The header row as written (empty without one). */
  readonly headers: string[];
  readonly issues: RowIssue[];
  readonly issuesTruncated: boolean;
}

/**
 * Runs the import pipeline without saving anything: what an import of this file into a new
 * list would report. Repeats are found with an in-memory set of the numbers seen (about 60 MB
 * for a million distinct numbers).
 */
export async function checkCsv(
  options: CheckCsvOptions,
  hooks: PipelineHooks = {},
): Promise<CheckCsvReport> {
  const resolved = await resolveCsv(options);
  const maxIssues = options.maxIssues ?? 1000;
  const seen = new Map<string, number>();
  const issues: RowIssue[] = [];
  let issuesTruncated = false;
  const sink: RowSink = {
    batch: (work) => work(),
    place(contact): ContactFate {
      if (options.suppressed?.has(contact.phone)) {
        return { kind: 'suppressed', detail: `${contact.phone} is on the opt-out list.` };
      }
      const first = seen.get(contact.phone);
      if (first !== undefined) {
        return {
          kind: 'duplicate',
          reason: 'duplicate_in_file',
          detail: `Same number as row ${first} (${contact.phone}).`,
        };
      }
      seen.set(contact.phone, contact.row);
      return { kind: 'imported' };
    },
    report(issue) {
      if (issues.length < maxIssues) issues.push(issue);
      else issuesTruncated = true;
    },
  };
  const counts = emptyCounts();
  const result = await runImportPipeline(
    { path: options.path, csv: resolved, highWaterMark: options.highWaterMark },
    sink,
    hooks,
    counts,
  );
  return {
    ...result.counts,
    canceled: result.canceled,
    fileName: resolved.sniff.fileName,
    format: resolved.format,
    sheetName:
      resolved.sheet === null ? null : (resolved.sniff.sheets[resolved.sheet]?.name ?? null),
    encoding: resolved.encoding,
    delimiter: resolved.delimiter,
    singleColumn: resolved.sniff.singleColumn,
    hasHeader: resolved.hasHeader,
    phoneColumn: resolved.sniff.columnCount === 0 ? null : resolved.phoneFieldName,
    columns: resolved.sniff.fieldNames,
    headers: resolved.sniff.headers,
    issues,
    issuesTruncated,
  };
}
