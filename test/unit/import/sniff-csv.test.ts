import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectEncoding, trimToUtf8Boundary } from '../../../main/engine/import/detect-encoding';
import { normalizeFieldNames } from '../../../shared/contacts/field-names';
import { guessDelimiter } from '../../../main/engine/import/guess-delimiter';
import { guessPhoneColumn } from '../../../main/engine/import/guess-phone-column';
import { sniffCsv } from '../../../main/engine/import/sniff-csv';
import { tempDir } from '../../support/temp-dir';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
function file(name: string, bytes: Buffer | string): string {
  const d = tempDir();
  dirs.push(d);
  const path = join(d.path, name);
  writeFileSync(path, bytes);
  return path;
}

describe('detectEncoding', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);

  it('trusts a BOM', async () => {
    expect(await detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), false)).toBe('utf-8-bom');
    expect(await detectEncoding(bytes(0xff, 0xfe, 0x61, 0), false)).toBe('utf-16le');
    expect(await detectEncoding(bytes(0xfe, 0xff, 0, 0x61), false)).toBe('utf-16be');
  });

  it('spots UTF-16 without a BOM from the NUL pattern', async () => {
    expect(await detectEncoding(Buffer.from('name,phone\n1,2\n', 'utf16le'), false)).toBe(
      'utf-16le',
    );
    expect(await detectEncoding(Buffer.from('name,phone\n1,2\n', 'utf16le').swap16(), false)).toBe(
      'utf-16be',
    );
  });

  it('tells strict UTF-8 from Windows-1252', async () => {
    expect(await detectEncoding(Buffer.from('Zoë,Müller', 'utf8'), false)).toBe('utf-8');
    expect(await detectEncoding(Buffer.from('Zoë,Müller', 'latin1'), false)).toBe('windows-1252');
    expect(await detectEncoding(Buffer.from('plain ascii', 'utf8'), false)).toBe('utf-8');
  });

  it('does not blame UTF-8 for a character cut off by the end of the sample', async () => {
    const cut = Buffer.from('name,Zoë', 'utf8').subarray(0, -1); // half of "ë"
    expect(await detectEncoding(cut, true)).toBe('utf-8');
    expect(await detectEncoding(cut, false)).toBe('windows-1252');
    expect(trimToUtf8Boundary(Buffer.from('a€', 'utf8').subarray(0, 3))).toEqual(Buffer.from('a'));
    expect(trimToUtf8Boundary(Buffer.from('a€', 'utf8'))).toEqual(Buffer.from('a€'));
  });

  it('refuses binary files', async () => {
    await expect(
      detectEncoding(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3), false),
    ).rejects.toThrow('This looks like a binary file, not a CSV');
    await expect(
      detectEncoding(Buffer.from('a\x01b\x02c\x03d\x04e\x05', 'latin1'), false),
    ).rejects.toThrow(/binary/);
    await expect(detectEncoding(Buffer.from('%PDF-1.7\n', 'latin1'), false)).rejects.toThrow(/PDF/);
    await expect(
      detectEncoding(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), false),
    ).rejects.toThrow(/\.xls/);
  });
});

describe('guessDelimiter', () => {
  it('prefers the delimiter that splits every line the same way', () => {
    expect(guessDelimiter('a;b;c\n1;2,5;3\n4;5,0;6\n')).toEqual({
      delimiter: ';',
      singleColumn: false,
    });
    expect(guessDelimiter('a\tb\n"x, y"\t2\n')).toEqual({ delimiter: '\t', singleColumn: false });
    expect(guessDelimiter('a|b\n1|2\n')).toEqual({ delimiter: '|', singleColumn: false });
    expect(guessDelimiter('a,b\n1,2\n')).toEqual({ delimiter: ',', singleColumn: false });
  });

  it('ignores delimiters inside quotes', () => {
    expect(guessDelimiter('name;phone\n"Smith, J";1\n"Doe, A";2\n').delimiter).toBe(';');
  });

  it('says single column when nothing splits the lines', () => {
    expect(guessDelimiter('phone\n0524265292\n0524265293\n')).toEqual({
      delimiter: ',',
      singleColumn: true,
    });
  });
});

describe('normalizeFieldNames', () => {
  it('makes unique snake_case names and names empty headers by position', () => {
    expect(
      normalizeFieldNames([
        'First Name',
        'first_name',
        '',
        'E-mail Address',
        'FirstName',
        'Prénom',
        'טלפון',
        '  ',
        '#',
      ]),
    ).toEqual([
      'first_name',
      'first_name_2',
      'column_3',
      'e_mail_address',
      'first_name_3',
      'prenom',
      'טלפון',
      'column_8',
      'column_9',
    ]);
  });
});

describe('guessPhoneColumn', () => {
  it('uses headers and values', () => {
    expect(guessPhoneColumn(['name', 'Mobile'], [], 2)).toBe(1);
    expect(
      guessPhoneColumn(
        ['a', 'b'],
        [
          ['x', '0524265292'],
          ['y', '+1 415 555 0100'],
        ],
        2,
      ),
    ).toBe(1);
    expect(guessPhoneColumn(['a', 'b'], [['x', '9.72524E+11']], 2)).toBe(1);
    expect(guessPhoneColumn(['name', 'city'], [['x', 'Haifa']], 2)).toBeNull();
    expect(guessPhoneColumn([], [['0524265292']], 1)).toBe(0);
  });
});

describe('sniffCsv', () => {
  it('returns the settings, header, field names and a preview', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `Name ${i};05242652${String(i).padStart(2, '0')};1,5`,
    );
    const sniff = await sniffCsv(
      file('list.csv', `\uFEFFName;Phone Number;Amount\r\n${rows.join('\r\n')}\r\n`),
    );
    expect(sniff).toMatchObject({
      fileName: 'list.csv',
      encoding: 'utf-8-bom',
      delimiter: ';',
      singleColumn: false,
      hasHeader: true,
      headers: ['Name', 'Phone Number', 'Amount'],
      fieldNames: ['name', 'phone_number', 'amount'],
      columnCount: 3,
      phoneColumn: 1,
      empty: false,
    });
    expect(sniff.previewRows).toHaveLength(20);
    expect(sniff.previewRows[0]).toEqual(['Name 0', '0524265200', '1,5']);
  });

  it('detects a file without a header row', async () => {
    const sniff = await sniffCsv(file('n.csv', '0524265292,Dana\n0524265293,Avi\n'));
    expect(sniff).toMatchObject({
      hasHeader: false,
      headers: [],
      fieldNames: ['column_1', 'column_2'],
      phoneColumn: 0,
    });
    expect(sniff.previewRows).toEqual([
      ['0524265292', 'Dana'],
      ['0524265293', 'Avi'],
    ]);
  });

  it('honours the choices made in the preview', async () => {
    const path = file('x.csv', 'a;b;c,d\n1;2;3,4\n');
    expect((await sniffCsv(path)).delimiter).toBe(';');
    const forced = await sniffCsv(path, {
      delimiter: ',',
      hasHeader: false,
      encoding: 'windows-1252',
    });
    expect(forced).toMatchObject({
      delimiter: ',',
      hasHeader: false,
      encoding: 'windows-1252',
      columnCount: 2,
    });
  });

  it('reads only the sample, even when it ends mid-character and mid-line', async () => {
    const body = `name,phone\n${Array.from({ length: 5000 }, (_, i) => `Zoë ${i},0524265200`).join('\n')}\n`;
    const sniff = await sniffCsv(file('big.csv', body), { sampleBytes: 1001 });
    expect(sniff).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      phoneColumn: 1,
      sizeBytes: Buffer.byteLength(body),
    });
  });

  it('explains unreadable paths in plain words', async () => {
    const d = tempDir();
    dirs.push(d);
    await expect(sniffCsv(join(d.path, 'missing.csv'))).rejects.toThrow(
      'Cannot find the file "missing.csv"',
    );
    await expect(sniffCsv(d.path)).rejects.toThrow(/is a folder, not a CSV file/);
  });
});
