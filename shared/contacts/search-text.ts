/**
 * The folded text contact search and segment conditions compare: lower case, accents removed
 * (NFKD without combining marks), so "chloe" finds "Chloé" and "ZURICH" finds "Zürich".
 *
 * The same function fills `contacts.search` (at import, on edit, and from the SQL function the
 * engine registers) and folds what the user types, so both sides always agree.
 */

/** Letters NFKD does not take apart but people type without their stroke or ligature. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNDECOMPOSED_RE = /[ßæœøłđðþı]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x20-\x7e]/;
/** The separators of the stored text; never part of a value or of a search. */
// eslint-disable-next-line no-control-regex -- they are control characters on purpose
const SEPARATORS = /[\u001e\u001f]/g;

/** Folds one value: trimmed, lower case, without accents. */
export function foldText(value: string): string {
  // Most values are plain ASCII: skip the Unicode passes for them (an import folds every row).
  if (!NON_ASCII.test(value)) return value.trim().toLowerCase();
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch)
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Separates field values in the stored text, so a search never matches across two fields. */
export const VALUE_SEPARATOR = '\u001f';
/** Comes before the phone digits, so a digits search can be limited to the phone. */
export const PHONE_SEPARATOR = '\u001e';

/**
 * The stored search text of one contact: every field value folded, then the E.164 digits.
 * Field names are left out ("name" must not match every row).
 */
export function contactSearchText(phone: string, fields: Readonly<Record<string, string>>): string {
  let text = VALUE_SEPARATOR;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') text += foldText(value) + VALUE_SEPARATOR;
  }
  return `${text}${PHONE_SEPARATOR}${phone.replace(/\D/g, '')}`;
}
