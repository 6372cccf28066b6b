import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../../main/engine/import/check-csv';
import { importCsvRows } from './support/collect-rows';

const dir = join(import.meta.dirname, '../../fixtures/csv');
const fixture = (name: string) => join(dir, name);

interface Expected {
  country?: string | null;
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  warnings: number;
  encoding: string;
  delimiter: string;
  phoneColumn: string | null;
  columns?: string[];
}

// Hand-counted from the files (see make-fixtures.ts for what each imitates).
const expected: Record<string, Expected> = {
  'excel-utf8-bom.csv': {
    rows: 5,
    valid: 5,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8-bom',
    delimiter: ',',
    phoneColumn: 'mobile_phone',
    columns: ['first_name', 'last_name', 'mobile_phone', 'city'],
  },
  'excel-unicode-text.txt': {
    rows: 4,
    valid: 3,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-16le',
    delimiter: '\t',
    phoneColumn: 'טלפון',
    columns: ['שם', 'טלפון', 'הערות'],
  },
  'utf16be-bom.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-16be',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'utf16le-no-bom.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-16le',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'european-semicolon.csv': {
    country: 'DE',
    rows: 4,
    valid: 3,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ';',
    phoneColumn: 'telefon',
    columns: ['vorname', 'nachname', 'telefon', 'betrag'],
  },
  'windows-1252.csv': {
    rows: 5,
    valid: 5,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'windows-1252',
    delimiter: ',',
    phoneColumn: 'telephone',
    columns: ['prenom', 'nom', 'telephone'],
  },
  'windows-1252-semicolon.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'windows-1252',
    delimiter: ';',
    phoneColumn: 'telephone',
  },
  'google-sheets.csv': {
    country: 'US',
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'quoted-multiline.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'ragged-rows.csv': {
    rows: 5,
    valid: 4,
    invalid: 1,
    duplicates: 0,
    warnings: 1,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'duplicate-empty-headers.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
    columns: ['name', 'column_2', 'phone', 'name_2', 'phone_2'],
  },
  'header-only.csv': {
    rows: 0,
    valid: 0,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
    columns: ['name', 'phone'],
  },
  'empty.csv': {
    rows: 0,
    valid: 0,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: null,
    columns: [],
  },
  'blank-lines-only.csv': {
    rows: 0,
    valid: 0,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: null,
    columns: [],
  },
  'unclosed-quote.csv': {
    rows: 4,
    valid: 3,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'single-column.csv': {
    rows: 4,
    valid: 3,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
    columns: ['phone'],
  },
  'single-column-no-header.csv': {
    rows: 4,
    valid: 3,
    invalid: 0,
    duplicates: 1,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'column_1',
    columns: ['column_1'],
  },
  'huge-cell.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'phones-il-notations.csv': {
    rows: 11,
    valid: 10,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'phones-us-notations.csv': {
    country: 'US',
    rows: 8,
    valid: 7,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'excel-scientific-semicolon.csv': {
    rows: 4,
    valid: 2,
    invalid: 2,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ';',
    phoneColumn: 'phone',
  },
  'names-rtl-emoji.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'crlf.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'mixed-line-endings.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'pipe-delimited.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: '|',
    phoneColumn: 'phone',
  },
  'tab-delimited.tsv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: '\t',
    phoneColumn: 'phone',
  },
  'trailing-empty-lines.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'header-bom-quoted.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8-bom',
    delimiter: ',',
    phoneColumn: 'phone',
    columns: ['name', 'phone', 'tags'],
  },
  'leading-apostrophe.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'duplicates.csv': {
    rows: 6,
    valid: 3,
    invalid: 0,
    duplicates: 3,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  // Without a default country only "+…" and "00…" are read ("972…" could be national).
  'no-country-code.csv': {
    country: null,
    rows: 4,
    valid: 2,
    invalid: 2,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'invalid-phones.csv': {
    rows: 9,
    valid: 1,
    invalid: 8,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'not-valid-for-country.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 3,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'odd-quotes.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 1,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'utf8-no-bom.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  'international-mixed.csv': {
    rows: 6,
    valid: 6,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
    columns: ['name', 'phone', 'country'],
  },
  'semicolon-trailing-delimiters.csv': {
    rows: 3,
    valid: 3,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ';',
    phoneColumn: 'phone',
    columns: ['name', 'phone', 'column_3'],
  },
  // Legacy code pages: detected (BOM-less, so statistically) and decoded.
  'shift-jis.csv': {
    rows: 6,
    valid: 5,
    invalid: 1,
    duplicates: 0,
    warnings: 0,
    encoding: 'shift_jis',
    delimiter: ',',
    phoneColumn: '電話番号',
    columns: ['氏名', '電話番号', '住所'],
  },
  'gb18030.csv': {
    rows: 5,
    valid: 5,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'gb18030',
    delimiter: ',',
    phoneColumn: '手机',
    columns: ['姓名', '手机', '城市', '备注'],
  },
  'big5.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'big5',
    delimiter: ',',
    phoneColumn: '電話',
  },
  'euc-kr.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'euc-kr',
    delimiter: ',',
    phoneColumn: '전화번호',
  },
  'windows-1251.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'windows-1251',
    delimiter: ';',
    phoneColumn: 'телефон',
    columns: ['имя', 'фамилия', 'телефон', 'город'],
  },
  'windows-1250.csv': {
    rows: 6,
    valid: 6,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'windows-1250',
    delimiter: ';',
    phoneColumn: 'telefon',
    columns: ['imie', 'nazwisko', 'telefon', 'miejscowosc'],
  },
  // Three stray Windows-1252 bytes in two rows: still UTF-8, those two rows warn.
  'utf8-bad-bytes.csv': {
    rows: 7,
    valid: 7,
    invalid: 0,
    duplicates: 0,
    warnings: 2,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  // "sep=;" names the delimiter and is not the header.
  'excel-sep-line.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ';',
    phoneColumn: 'phone',
    columns: ['name', 'phone', 'amount'],
  },
  // The final 0x1A is not a row.
  'dos-eof.csv': {
    rows: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    warnings: 0,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  // A NUL in row 1 (a name) and row 4 (inside the phone): removed, both rows warn, none lost.
  'nul-bytes.csv': {
    rows: 5,
    valid: 5,
    invalid: 0,
    duplicates: 0,
    warnings: 2,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  // "Smith"son, "Jane" "JJ" Doe and "said "hi"": every phone kept, three rows warn.
  'quote-then-text.csv': {
    rows: 5,
    valid: 5,
    invalid: 0,
    duplicates: 0,
    warnings: 3,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
  // Three of four numbers carry an extension: kept without it, with a warning.
  'extensions.csv': {
    rows: 4,
    valid: 4,
    invalid: 0,
    duplicates: 0,
    warnings: 3,
    encoding: 'utf-8',
    delimiter: ',',
    phoneColumn: 'phone',
  },
};

const unreadable: Record<string, RegExp> = {
  'binary.csv': /^This looks like a binary file, not a CSV$/,
  'xlsx-renamed.csv': /Excel workbook/,
  'mostly-nul.csv': /^This looks like a binary file, not a CSV$/,
};

describe('CSV fixtures', () => {
  it('has an expectation for every fixture file (and at least 30 of them)', () => {
    const files = readdirSync(dir).filter((f) => !f.endsWith('.ts'));
    expect(files.sort()).toEqual([...Object.keys(expected), ...Object.keys(unreadable)].sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.rows} rows, ${want.valid} valid`, async () => {
      const report = await checkCsv({
        path: fixture(name),
        defaultCountry: want.country === undefined ? 'IL' : want.country,
      });
      expect({
        rows: report.total,
        valid: report.imported,
        invalid: report.invalid,
        duplicates: report.duplicates,
        warnings: report.warnings,
        encoding: report.encoding,
        delimiter: report.delimiter,
        phoneColumn: report.phoneColumn,
      }).toEqual({
        rows: want.rows,
        valid: want.valid,
        invalid: want.invalid,
        duplicates: want.duplicates,
        warnings: want.warnings,
        encoding: want.encoding,
        delimiter: want.delimiter,
        phoneColumn: want.phoneColumn,
      });
      if (want.columns) expect(report.columns).toEqual(want.columns);
      expect(report.imported + report.invalid + report.duplicates + report.suppressed).toBe(
        report.total,
      );
    });
  }

  for (const [name, message] of Object.entries(unreadable)) {
    it(`${name} is refused with a clear reason`, async () => {
      await expect(checkCsv({ path: fixture(name), defaultCountry: 'IL' })).rejects.toThrow(
        message,
      );
    });
  }
});

describe('what the fixtures decode to', () => {
  const contactsOf = async (name: string, country = 'IL') => {
    const seen: Record<string, string>[] = [];
    await importCsvRows(fixture(name), country, (row) => seen.push(row));
    return seen;
  };

  it('keeps Windows-1252 accents, the curly apostrophe included', async () => {
    const rows = await contactsOf('windows-1252.csv');
    expect(rows.map((r) => `${r.prenom} ${r.nom}`)).toEqual([
      'François Lefèvre',
      'Renée Cœur',
      'Seán O’Brien',
      'Jürgen Müller',
      'Señor Núñez',
    ]);
  });

  it('decodes the legacy code pages of Japan, China, Taiwan, Korea, Russia and Poland', async () => {
    expect((await contactsOf('shift-jis.csv')).map((r) => r['氏名'])).toEqual([
      '山田太郎',
      '佐藤花子',
      '鈴木一郎',
      '高橋美咲',
      '田中健太',
    ]);
    expect((await contactsOf('gb18030.csv'))[0]).toMatchObject({
      姓名: '张伟',
      城市: '北京市朝阳区',
    });
    expect((await contactsOf('big5.csv'))[0]).toMatchObject({
      姓名: '陳志明',
      城市: '臺北市信義區',
    });
    expect((await contactsOf('euc-kr.csv'))[0]).toMatchObject({ 이름: '김민준' });
    expect((await contactsOf('windows-1251.csv'))[1]).toMatchObject({
      имя: 'Мария',
      город: 'Санкт-Петербург',
    });
    expect((await contactsOf('windows-1250.csv')).map((r) => r.miejscowosc)).toContain('Łódź');
  });

  it('keeps a UTF-8 file with a few bad bytes UTF-8: only those cells get U+FFFD', async () => {
    const rows = await contactsOf('utf8-bad-bytes.csv');
    expect(rows.map((r) => r.name)).toEqual([
      'Renée Dubois',
      'Zoë Müller',
      'José García',
      'Chloé Lefèvre',
      'Andr\uFFFD Caf\uFFFD',
      'Åsa Öberg',
      'Fran\uFFFDois',
    ]);
  });

  it('reads sep=, a DOS end-of-file byte, NUL bytes and early-closing quotes', async () => {
    expect((await contactsOf('excel-sep-line.csv'))[0]).toEqual({
      phone: '+972524265247',
      name: 'Anna',
      amount: '1,50',
    });
    expect((await contactsOf('dos-eof.csv')).map((r) => r.name)).toEqual(['Ada', 'Bo']);
    const nul = await contactsOf('nul-bytes.csv');
    expect(nul.map((r) => r.name)).toEqual(['Ada', 'Bo', 'Cy', 'Dee', 'Ed']);
    expect(nul[3]?.phone).toBe('+972524265254');
    expect((await contactsOf('quote-then-text.csv')).map((r) => [r.name, r.note])).toEqual([
      ['Smithson', 'first'],
      ['Bob', 'second'],
      ['Jane "JJ" Doe', 'third'],
      ['Carl', 'said "hi"'],
      ['Dana', 'fifth'],
    ]);
  });

  it('decodes UTF-16 Hebrew and keeps the empty note', async () => {
    const rows = await contactsOf('excel-unicode-text.txt');
    expect(rows[0]).toEqual({ phone: '+972524265210', שם: 'דנה', הערות: 'לקוחה חדשה' });
    expect(rows[1]?.['הערות']).toBe('');
  });

  it('keeps embedded line breaks, delimiters and doubled quotes inside quoted fields', async () => {
    const rows = await contactsOf('quoted-multiline.csv');
    expect(rows[0]).toMatchObject({
      name: 'Smith, Jane',
      address: '12 Main St\nApt 4, Floor 2\nTel Aviv',
    });
    expect(rows[1]).toMatchObject({ name: 'O"Brien', address: 'Line one\nline two' });
  });

  it('keeps a 100,000-character cell whole', async () => {
    const rows = await contactsOf('huge-cell.csv');
    expect(rows[0]?.notes).toHaveLength(100_000);
    expect(rows[0]?.notes?.endsWith('end-cell')).toBe(true);
  });

  it('keeps emoji, Arabic and Hebrew intact', async () => {
    const rows = await contactsOf('names-rtl-emoji.csv');
    expect(rows.map((r) => r.name)).toEqual([
      'שירה כהן',
      'محمد علي',
      'Emoji 👩‍💻🎉',
      'Mixed עברית and English',
    ]);
  });

  it('normalises every IL notation to the same E.164 shape', async () => {
    const rows = await contactsOf('phones-il-notations.csv');
    expect(rows.map((r) => r.phone)).toEqual(
      Array.from({ length: 10 }, (_, i) => `+9725242652${String(i + 1).padStart(2, '0')}`),
    );
  });
});
