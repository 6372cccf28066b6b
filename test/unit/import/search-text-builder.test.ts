import { describe, expect, it } from 'vitest';
import { searchTextBuilder } from '../../../main/engine/import/search-text-builder';
import { contactSearchText } from '../../../shared/contacts/search-text';

// Values of every kind the folding treats differently: ASCII, accents, letters NFKD keeps whole,
// reserved characters, blanks, and text that is all spaces.
const VALUES = ['Anna', ' Chloé ', 'ZÜRICH', 'Straße', '', '   ', 'a\u001fb\ue001c', 'שרה', 'ﬁne'];
const PHONES = ['+4915212345678', '+800123456', 'not e164 +1 (2)', ''];

describe('searchTextBuilder', () => {
  it('writes exactly what contactSearchText writes, for any fields and columns', () => {
    const columns = ['first_name', 'city', 'note', 'first_name'];
    const build = searchTextBuilder(columns);
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length] as T;
    };
    for (let i = 0; i < 500; i++) {
      const fields: Record<string, string> = {};
      for (const name of ['first_name', 'city', 'note', 'extra', 'other']) {
        if (pick([true, false, true])) fields[name] = pick(VALUES);
      }
      const phone = pick(PHONES);
      expect(build(phone, fields)).toBe(contactSearchText(phone, fields, columns));
    }
  });

  it('marks the listed columns and leaves the others unmarked, in the list order', () => {
    const build = searchTextBuilder(['a', 'b', 'c']);
    expect(build('+33612345678', { z: 'Not a column', c: 'Paris', a: 'Chloé', b: '' })).toBe(
      '\u001f\ue000chloe\u001f\ue002paris\u001fnot a column\u001f\u001e33612345678',
    );
    expect(searchTextBuilder([])('+1', {})).toBe('\u001f\u001e1');
  });
});
