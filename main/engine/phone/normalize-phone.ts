import {
  isSupportedCountry,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { PhoneInvalidReason } from '../../../shared/contacts/contact-types';
import { parsePhoneNumber } from './parse-phone-number';
import { isValidPhoneNumber } from './phone-validity';

export type PhoneResult =
  | {
      readonly ok: true;
      readonly e164: string;
      /** ISO 3166 alpha-2 from the number itself; null for non-geographic numbers (+800…). */
      readonly country: string | null;
      /** False: the length is possible but the digits match no range of the country. */
      readonly validForCountry: boolean;
      /** An extension written after the number ("ext. 12"): SMS cannot use it, so it is dropped. */
      readonly extension?: string;
    }
  | { readonly ok: false; readonly reason: PhoneInvalidReason };

// Excel turns long digit strings into 9.72524E+11 (or 9,72524E+11 in comma-decimal locales);
// the digits after the sixth are gone, so such a value is never guessed back.
const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
// Spaces of every kind, dots, dashes (incl. Unicode dashes and minus), brackets, slashes, and
// the invisible direction marks that come along when numbers are copied from RTL text.
const SEPARATORS = /[\s.\-‐-―−()[\]/\\\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const NON_ASCII_DIGIT = /[٠-٩۰-۹０-９＋]/;
const NON_ASCII_DIGITS = /[٠-٩۰-۹０-９＋]/g;
const DIGITS_WITH_PLUS = /^\+?\d+$/;
// "+44 7742 848594 ext. 12", "… x123", "…;ext=12" (RFC 3966), "… #12", "… доб. 12".
const EXTENSION =
  /^(.*\d[\s).]*?)\s*[,;]?\s*(?:ext\.?|extension|ext=|x|#|доб\.?)\s*[:.]?\s*(\d{1,7})\s*$/iu;
// Every form EXTENSION reads has one of these: most cells have none, and the test is far cheaper
// than the extension pattern itself (≈2 % of an import's reader thread).
const MAYBE_EXTENSION = /[x#д]/iu;
// A bracketed area code is a national notation: "(646) 280-6906" is never +64 6….
const NATIONAL_BRACKETS = /\(\s*\d/;

/**
 * Written with its country code ("+44…", "0044…", "tel:+44…", "'+44…", full-width "＋"): such a
 * number reads the same whatever the default country. Everything else depends on it.
 */
export function isInternationalNotation(raw: string): boolean {
  return /^\s*(?:="|'|tel:)?\s*[\u200e\u200f\u202a-\u202e\u2066-\u2069]*\s*(?:\+|＋|00)/i.test(raw);
}

export function toCountryCode(value: string | null | undefined): CountryCode | undefined {
  if (!value) return undefined;
  const upper = value.trim().toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/**
 * Turns a phone cell as people write it into E.164, or says why it cannot.
 *
 * Accepts `+972 52-426-5292`, `00972524265292`, `0524265292` (default IL), `(415) 555-0100`
 * (default US), `972524265292` (country code without "+", when a default country is set),
 * Excel's text marker `'0524265292` and `="0524265292"`, vCard's `tel:` prefix, and
 * Arabic-Indic or full-width digits. An extension is cut off and returned. Not possible →
 * invalid; possible but not valid → accepted with `validForCountry: false` (strict validity goes
 * stale when new ranges are assigned, so it only warns).
 *
 * Without a default country only the international forms ("+…", "00…") are read: a national
 * number is never guessed to be an international one (`no_default_country`).
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode | undefined): PhoneResult {
  let text = raw.trim();
  if (text.startsWith('="') && text.endsWith('"')) text = text.slice(2, -1).trim();
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (/^tel:/i.test(text)) text = text.slice(4).trim();
  if (text === '') return invalid('empty');
  if (EXCEL_SCIENTIFIC.test(text)) return invalid('mangled_by_excel');
  const withExtension = MAYBE_EXTENSION.test(text) ? EXTENSION.exec(text) : null;
  const extension = withExtension?.[2];
  if (withExtension) text = (withExtension[1] as string).trim();
  const result = normalizeNumber(text, defaultCountry);
  return result.ok && extension ? { ...result, extension } : result;
}

function normalizeNumber(text: string, defaultCountry: CountryCode | undefined): PhoneResult {
  let cleaned = text.replace(SEPARATORS, '');
  if (NON_ASCII_DIGIT.test(cleaned)) cleaned = cleaned.replace(NON_ASCII_DIGITS, asciiDigit);
  if (cleaned === '') return invalid('not_a_number');
  if (!DIGITS_WITH_PLUS.test(cleaned)) return invalid('not_a_number');
  if (cleaned.startsWith('00')) cleaned = `+${cleaned.slice(2)}`;

  const digits = cleaned.startsWith('+') ? cleaned.length - 1 : cleaned.length;
  if (digits < 3) return invalid('too_short');
  if (digits > 17) return invalid('too_long');
  if (!defaultCountry && !cleaned.startsWith('+')) return invalid('no_default_country');

  const parsed = parse(cleaned, defaultCountry);
  if (parsed && isValidPhoneNumber(parsed)) return accepted(parsed, true);

  // "972524265292": a country code written without "+". libphonenumber strips it itself when
  // the default country matches; this covers other countries. A bracketed area code says the
  // number is national, so it is not re-read.
  if (
    !cleaned.startsWith('+') &&
    !cleaned.startsWith('0') &&
    digits >= 8 &&
    !NATIONAL_BRACKETS.test(text)
  ) {
    const international = parse(`+${cleaned}`, undefined);
    if (international && isValidPhoneNumber(international)) return accepted(international, true);
  }

  if (parsed?.isPossible()) return accepted(parsed, false);
  return invalid(lengthReason(cleaned, defaultCountry));
}

function parse(text: string, defaultCountry: CountryCode | undefined): PhoneNumber | undefined {
  return parsePhoneNumber(text, defaultCountry);
}

function accepted(number: PhoneNumber, validForCountry: boolean): PhoneResult {
  return { ok: true, e164: number.number, country: number.country ?? null, validForCountry };
}

function invalid(reason: PhoneInvalidReason): PhoneResult {
  return { ok: false, reason };
}

function lengthReason(
  cleaned: string,
  defaultCountry: CountryCode | undefined,
): PhoneInvalidReason {
  const verdict = validatePhoneNumberLength(cleaned, defaultCountry);
  switch (verdict) {
    case 'TOO_SHORT':
      return 'too_short';
    case 'TOO_LONG':
      return 'too_long';
    case 'INVALID_COUNTRY':
      return 'unknown_country';
    case 'NOT_A_NUMBER':
      return 'not_a_number';
    default:
      // INVALID_LENGTH, or a length that is fine for a number that still did not parse.
      return 'invalid_for_country';
  }
}

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '＋') return '+';
  if (code >= 0xff10) return String(code - 0xff10);
  if (code >= 0x06f0) return String(code - 0x06f0);
  return String(code - 0x0660);
}
