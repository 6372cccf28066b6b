import type { FileFormat } from '../../../shared/contacts/import-types';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import { howRead, resolveCsv, type CsvReadOptions } from './csv-settings';
import { emptyCounts, type ImportCounts, type RowIssue } from './import-issue';
import { runImportPipeline, type ContactFate, type RowSink } from './import-pipeline';
import type { PipelineHooks } from './import-progress';
import { PhoneRowSet } from './phone-row-set';

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
 * list would report. Repeats are found with a compact in-memory table of the numbers seen
 * (`PhoneRowSet`: about 25 MB for a million distinct numbers).
 */
export async function checkCsv(
  options: CheckCsvOptions,
  hooks: PipelineHooks = {},
): Promise<CheckCsvReport> {
  const resolved = await resolveCsv(options);
  const maxIssues = options.maxIssues ?? 1000;
  const seen = new PhoneRowSet();
  const issues: RowIssue[] = [];
  let issuesTruncated = false;
  const sink: RowSink = {
    wants: { fields: false, searchColumns: null },
    batch: (work) => work(),
    place(block) {
      const fates = new Map<number, ContactFate>();
      block.phones.forEach((phone, i) => {
        if (options.suppressed?.has(phone)) {
          fates.set(i, { kind: 'suppressed', detail: `${phone} is on the opt-out list.` });
          return;
        }
        const first = seen.get(phone);
        if (first !== undefined) {
          fates.set(i, {
            kind: 'duplicate',
            reason: 'duplicate_in_file',
            detail: `Same number as row ${first} (${phone}).`,
          });
          return;
        }
        seen.add(phone, block.rows[i] as number);
      });
      return fates;
    },
    report(issue) {
      if (issues.length < maxIssues) issues.push(issue);
      else issuesTruncated = true;
    },
  };
  const counts = emptyCounts();
  const result = await runImportPipeline(
    {
      path: options.path,
      csv: resolved,
      highWaterMark: options.highWaterMark,
      // Nothing is written here, so a worker would classify while this thread waits: one
      // thread does the same work without a second heap (the CLI's peak is the figure).
      workers: 'never',
      // Blocks are held until a batch is placed: small batches, since none is a transaction.
      batchRows: 4_000,
    },
    sink,
    hooks,
    counts,
  );
  return {
    ...result.counts,
    canceled: result.canceled,
    ...howRead(resolved),
    singleColumn: resolved.sniff.singleColumn,
    hasHeader: resolved.hasHeader,
    phoneColumn: resolved.sniff.columnCount === 0 ? null : resolved.phoneFieldName,
    columns: resolved.sniff.fieldNames,
    headers: resolved.sniff.headers,
    issues,
    issuesTruncated,
  };
}
