import { assertNever } from '../../../shared/assert-never';
import type { PhoneInvalidReason } from '../../../shared/contacts/contact-types';

const RAW_VALUE_LIMIT = 60;

/** A cell quoted in a message, shortened so a 100k-character cell does not flood the report. */
export function quoted(value: string): string {
  const short = value.length > RAW_VALUE_LIMIT ? `${value.slice(0, RAW_VALUE_LIMIT)}…` : value;
  return `"${short}"`;
}

/** Plain words for why `raw` is not a usable phone number (imports, opt-outs). */
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
    case 'no_default_country':
      return `${quoted(raw)} has no country code and there is no default country; choose one or write the number with "+".`;
    case 'mangled_by_excel':
      return `${quoted(raw)} was turned into scientific notation by Excel and its last digits are lost; export the column as text.`;
    default:
      return assertNever(reason);
  }
}
