import { z } from 'zod';
import {
  issueKinds,
  type ImportCountsView,
  type RowIssueView,
  type WarningReason,
} from '../../../shared/contacts/contact-types';

export const issueKindSchema = z.enum(issueKinds);

/** A reported row before it is stored (the stored one has an id: `RowIssueView`). */
export type RowIssue = Omit<RowIssueView, 'id'>;

export interface RowWarning {
  readonly reason: WarningReason;
  readonly detail: string;
}

/** The running tally of an import: the shared counts, written as rows are placed. */
export type ImportCounts = { -readonly [K in keyof ImportCountsView]: ImportCountsView[K] };

export function emptyCounts(): ImportCounts {
  return { total: 0, imported: 0, invalid: 0, duplicates: 0, suppressed: 0, warnings: 0 };
}

const RAW_LINE_LIMIT = 200;

export function rawLineOf(fields: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    line += i === 0 ? fields[i] : delimiter + fields[i];
    if (line.length > RAW_LINE_LIMIT) return `${line.slice(0, RAW_LINE_LIMIT)}…`;
  }
  return line;
}
