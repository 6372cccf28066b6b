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
/**
 * The separators and field markers of the stored text (two control characters and the Private
 * Use Area); never part of a value or of a search.
 */
// eslint-disable-next-line no-control-regex -- they are control characters on purpose
const RESERVED = /[\u001e\u001f\ue000-\uf8ff]/g;

/** Folds one value: trimmed, lower case, without accents. */
export function foldText(value: string): string {
  // Most values are plain ASCII: skip the Unicode passes for them (an import folds every row).
  if (!NON_ASCII.test(value)) return value.trim().toLowerCase();
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch)
    .replace(RESERVED, ' ')
    .trim();
}

/** Separates field values in the stored text, so a search never matches across two fields. */
export const VALUE_SEPARATOR = '\u001f';
/** Comes before the phone digits. */
export const PHONE_SEPARATOR = '\u001e';
/** A list can have at most this many fields with a marker (one Private Use Area character each). */
export const MAX_MARKED_FIELDS = 0xf8ff - 0xe000 + 1;

/**
 * The character that opens the value of the list's field number `index` in the stored text:
 * one Private Use Area character, which nobody types and `foldText` removes from searches. It
 * lets a segment condition find "city = berlin" in the text alone, without reading the JSON.
 */
export function fieldMarker(index: number): string {
  return String.fromCharCode(0xe000 + index);
}

/**
 * The stored search text of one contact: `␟` then, for each non-empty field in the list's column
 * order, its marker, its folded value and `␟` (other fields after them, unmarked); then `␞` and
 * the E.164 digits. Field names are left out ("name" must not match every row). `columns` is the
 * list's columns when the contact was written; a list only ever appends columns, so a field's
 * marker never changes.
 */
export function contactSearchText(
  phone: string,
  fields: Readonly<Record<string, string>>,
  columns: readonly string[],
): string {
  let text = VALUE_SEPARATOR;
  const add = (marker: string, value: unknown) => {
    const folded = typeof value === 'string' ? foldText(value) : '';
    if (folded !== '') text += marker + folded + VALUE_SEPARATOR;
  };
  const marked = new Set<string>();
  columns.forEach((name, i) => {
    if (i >= MAX_MARKED_FIELDS) return;
    marked.add(name);
    add(fieldMarker(i), fields[name]);
  });
  // A value under a name the list does not list (older data) is still found by a search.
  for (const name in fields) if (!marked.has(name)) add('', fields[name]);
  return `${text}${PHONE_SEPARATOR}${phone.replace(/\D/g, '')}`;
}
