import { z } from 'zod';
import { assertNever } from '../../../shared/assert-never';
import type { PhoneInvalidReason } from './normalize-phone';

export const issueKinds = ['invalid', 'duplicate', 'suppressed', 'warning'] as const;
export type IssueKind = (typeof issueKinds)[number];
export const issueKindSchema = z.enum(issueKinds);

export type InvalidReason = PhoneInvalidReason | 'malformed_row';
export type DuplicateReason = 'duplicate_in_file' | 'already_in_list';
export type WarningReason =
  'not_valid_for_country' | 'extra_fields' | 'odd_quotes' | 'undecodable_characters';
export type IssueReason = InvalidReason | DuplicateReason | 'suppressed' | WarningReason;

/** One reported row (a row can have several warnings; invalid/duplicate/suppressed are final). */
export interface RowIssue {
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

export interface RowWarning {
  readonly reason: WarningReason;
  readonly detail: string;
}

export interface ImportCounts {
  /** Data rows read; always imported + invalid + duplicates + suppressed. */
  total: number;
  imported: number;
  invalid: number;
  duplicates: number;
  suppressed: number;
  /** Imported rows that carry at least one warning (a subset of `imported`). */
  warnings: number;
}

export function emptyCounts(): ImportCounts {
  return { total: 0, imported: 0, invalid: 0, duplicates: 0, suppressed: 0, warnings: 0 };
}

const RAW_LINE_LIMIT = 200;
const RAW_VALUE_LIMIT = 60;

export function rawLineOf(fields: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    line += i === 0 ? fields[i] : delimiter + fields[i];
    if (line.length > RAW_LINE_LIMIT) return `${line.slice(0, RAW_LINE_LIMIT)}…`;
  }
  return line;
}

/** A cell quoted in a message, shortened so a 100k-character cell does not flood the report. */
export function quoted(value: string): string {
  const short = value.length > RAW_VALUE_LIMIT ? `${value.slice(0, RAW_VALUE_LIMIT)}…` : value;
  return `"${short}"`;
}

export function invalidPhoneDetail(
  reason: PhoneInvalidReason,
  raw: string,
  country: string | undefined,
): string {
  switch (reason) {
    case 'empty':
      return 'The phone number is empty.';
    case 'not_a_number':
      return `${quoted(raw)} is not a phone number.`;
    case 'too_short':
      return `${quoted(raw)} is too short to be a phone number.`;
    case 'too_long':
      return `${quoted(raw)} is too long to be a phone number.`;
    case 'invalid_for_country':
      return `${quoted(raw)} is not a possible number${country ? ` for ${country}` : ''}.`;
    case 'unknown_country':
      return /^\s*(\+|00)/.test(raw)
        ? `${quoted(raw)} does not start with a known country code.`
        : `${quoted(raw)} has no country code; choose a default country or write it with "+".`;
    case 'mangled_by_excel':
      return `${quoted(raw)} was turned into scientific notation by Excel and its last digits are lost; export the column as text.`;
    default:
      return assertNever(reason);
  }
}
