import {
  fieldMarker,
  foldText,
  MAX_MARKED_FIELDS,
  PHONE_SEPARATOR,
  VALUE_SEPARATOR,
} from '../../../shared/contacts/search-text';

export type SearchTextOf = (phone: string, fields: Readonly<Record<string, string>>) => string;

const E164 = /^\+\d+$/;

/**
 * `contactSearchText` for one list's columns, with what depends only on the columns (the markers,
 * the set of marked names) worked out once instead of for every row: an import builds the text
 * of every contact, and per row this was a Set, a closure and a marker string each (≈10 % of the
 * reader thread on a million rows). The text is the same, character for character; a unit test
 * compares the two.
 */
export function searchTextBuilder(columns: readonly string[]): SearchTextOf {
  const names = columns.slice(0, MAX_MARKED_FIELDS);
  const markers = names.map((_, i) => fieldMarker(i));
  const marked = new Set(names);
  return (phone, fields) => {
    let text = VALUE_SEPARATOR;
    for (let i = 0; i < names.length; i++) {
      const value = fields[names[i] as string];
      const folded = typeof value === 'string' ? foldText(value) : '';
      if (folded !== '') text += (markers[i] as string) + folded + VALUE_SEPARATOR;
    }
    // A value under a name the list does not list (older data) is still found by a search.
    for (const name in fields) {
      if (marked.has(name)) continue;
      const value = fields[name];
      const folded = typeof value === 'string' ? foldText(value) : '';
      if (folded !== '') text += folded + VALUE_SEPARATOR;
    }
    const digits = E164.test(phone) ? phone.slice(1) : phone.replace(/\D/g, '');
    return `${text}${PHONE_SEPARATOR}${digits}`;
  };
}
