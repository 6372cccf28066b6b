/**
 * What the renderer sees of lists, contacts, imports and opt-outs. The engine's own types are
 * structurally the same; the contract's output types keep them in step.
 */
export const csvEncodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
export const issueKinds = ['invalid', 'duplicate', 'suppressed', 'warning'] as const;
export type IssueKind = (typeof issueKinds)[number];

export interface ContactListView {
  readonly id: number;
  readonly name: string;
  readonly defaultCountry: string | null;
  readonly columns: string[];
  readonly phoneColumn: string | null;
  readonly contactCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ContactView {
  readonly id: number;
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Record<string, string>;
  readonly warning: string | null;
  readonly sourceRow: number | null;
  readonly createdAt: string;
}

export interface ContactPageView {
  readonly rows: ContactView[];
  readonly total: number;
}

/** The preview step: detected settings and the first rows. */
export interface CsvPreview {
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly singleColumn: boolean;
  readonly hasHeader: boolean;
  readonly headers: string[];
  readonly fieldNames: string[];
  readonly columnCount: number;
  readonly phoneColumn: number | null;
  readonly previewRows: string[][];
  readonly empty: boolean;
}

export interface ImportCountsView {
  readonly total: number;
  readonly imported: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly suppressed: number;
  readonly warnings: number;
}

export interface ImportReportView extends ImportCountsView {
  readonly runId: number;
  readonly listId: number | null;
  readonly status: 'done' | 'canceled';
  readonly fileName: string;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly phoneColumn: string;
  readonly fields: string[];
  readonly durationMs: number;
}

export interface ImportProgressEvent {
  readonly importId: string;
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsPerSecond: number;
}

export type ImportFinishedEvent =
  | { readonly importId: string; readonly ok: true; readonly report: ImportReportView }
  | { readonly importId: string; readonly ok: false; readonly message: string };

export interface RowIssueView {
  readonly id: number;
  readonly row: number;
  readonly kind: IssueKind;
  readonly reason: string;
  readonly detail: string;
  readonly rawPhone: string | null;
  readonly rawLine: string;
}

export interface SuppressionView {
  readonly phone: string;
  readonly source: 'manual' | 'import' | 'reply' | 'api';
  readonly note: string | null;
  readonly createdAt: string;
}

export interface AddSuppressionsView {
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: { input: string; reason: string; detail: string }[];
}

export interface SuppressionImportView {
  readonly total: number;
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: number;
  readonly canceled: boolean;
  readonly issues: Omit<RowIssueView, 'id'>[];
}
