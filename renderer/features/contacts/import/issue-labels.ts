import { assertNever } from '../../../../shared/assert-never';
import type { IssueKind } from '../../../../shared/contacts/contact-types';

export function issueKindLabel(kind: IssueKind): string {
  switch (kind) {
    case 'invalid':
      return 'Invalid';
    case 'duplicate':
      return 'Duplicate';
    case 'suppressed':
      return 'Opted out';
    case 'warning':
      return 'Warning';
    default:
      return assertNever(kind);
  }
}

/** The filter buttons: "Duplicates (3)". */
export function issueFilterLabel(kind: IssueKind): string {
  switch (kind) {
    case 'invalid':
      return 'Invalid';
    case 'duplicate':
      return 'Duplicates';
    case 'suppressed':
      return 'Opted out';
    case 'warning':
      return 'Warnings';
    default:
      return assertNever(kind);
  }
}

/** The engine's reason codes in plain words; an unknown code is shown as it is. */
const reasons: Readonly<Record<string, string>> = {
  empty: 'Empty',
  not_a_number: 'Not a number',
  too_short: 'Too short',
  too_long: 'Too long',
  invalid_for_country: 'Invalid for the country',
  unknown_country: 'Unknown country code',
  no_default_country: 'No default country',
  mangled_by_excel: 'Mangled by Excel',
  malformed_row: 'Malformed row',
  duplicate_in_file: 'Repeated in the file',
  already_in_list: 'Already in the list',
  suppressed: 'On the opt-out list',
  not_valid_for_country: 'Not valid for its country',
  extra_fields: 'Extra values',
  odd_quotes: 'Odd quotes',
  undecodable_characters: 'Unreadable characters',
  extension_dropped: 'Extension left out',
  nul_bytes: 'NUL bytes removed',
};

export function issueReasonLabel(reason: string): string {
  return reasons[reason] ?? reason.replace(/_/g, ' ');
}

export function issueBadgeClass(kind: IssueKind): string {
  switch (kind) {
    case 'invalid':
      return 'badge badge-error';
    case 'duplicate':
      return 'badge badge-neutral';
    case 'suppressed':
      return 'badge badge-info';
    case 'warning':
      return 'badge badge-warning';
    default:
      return assertNever(kind);
  }
}
