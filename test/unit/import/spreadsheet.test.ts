import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkCsv } from '../../../main/engine/import/check-csv';
import { sniffCsv } from '../../../main/engine/import/sniff-csv';
import { detectFileKind } from '../../../main/engine/import/spreadsheet/file-kind';
import { writeOds, writeXlsx } from '../../support/spreadsheet-writer';
import { tempDir } from '../../support/temp-dir';
import { ZipWriter } from '../../support/zip-writer';
import { importCsvRows } from './support/collect-rows';

const sheets = join(import.meta.dirname, '../../fixtures/sheets');
const fixture = (name: string) => join(sheets, name);

function scratch(): string {
  const dir = tempDir();
  onTestFinished(() => dir.cleanup());
  return dir.path;
}

const countsOf = async (path: string, extra: { sheet?: number } = {}) => {
  const r = await checkCsv({ path, defaultCountry: 'GB', ...extra });
  return {
    rows: r.total,
    valid: r.imported,
    invalid: r.invalid,
    duplicates: r.duplicates,
    warnings: r.warnings,
    phoneColumn: r.phoneColumn,
    columns: r.columns,
  };
};

const rowsOf = async (path: string) => {
  const rows: Record<string, string>[] = [];
  await importCsvRows(path, 'GB', (row) => rows.push(row));
  return rows;
};

describe('spreadsheets', () => {
  it('imports an .xlsx with phones stored as numbers exactly like the same data as CSV', async () => {
    const csv = await countsOf(fixture('contacts-numbers.csv'));
    expect(csv).toEqual({
      rows: 40,
      valid: 36,
      invalid: 2,
      duplicates: 2,
      warnings: 0,
      phoneColumn: 'phone',
      columns: ['name', 'phone', 'joined', 'score'],
    });
    expect(await countsOf(fixture('contacts-numbers.xlsx'))).toEqual(csv);
    expect(await countsOf(fixture('contacts-numbers.ods'))).toEqual(csv);
    const fromCsv = await rowsOf(fixture('contacts-numbers.csv'));
    expect(await rowsOf(fixture('contacts-numbers.xlsx'))).toEqual(fromCsv);
    expect(await rowsOf(fixture('contacts-numbers.ods'))).toEqual(fromCsv);
  });

  it('shows cells as the user sees them: no 4.47E+11, leading zeros and dates kept', async () => {
    const preview = await sniffCsv(fixture('contacts-numbers.xlsx'));
    expect(preview).toMatchObject({
      format: 'xlsx',
      sheets: [
        { name: 'Contacts', hidden: false },
        { name: 'Notes', hidden: false },
      ],
      sheet: 0,
      hasHeader: true,
      headers: ['Name', 'Phone', 'Joined', 'Score'],
      phoneColumn: 1,
    });
    expect(preview.previewRows.slice(0, 3)).toEqual([
      ['Zoë Ångström 1', '447400100001', '02/01/2000', '3.70%'],
      ['François Lefèvre 2', '447400100002', '03/01/2000', '7.40%'],
      ['Łukasz Wiśniewski 3', '07400100003', '04/01/2000', '1.10%'],
    ]);
    // The international numbers are British: that is the suggested default country.
    expect(preview.countryGuesses[1]).toMatchObject({ country: 'GB' });
    expect(preview.countryGuesses[0]).toBeNull();
  });

  it('tells files apart by content, not by name', async () => {
    expect(await detectFileKind(fixture('renamed-workbook.csv'))).toBe('xlsx');
    expect(await detectFileKind(fixture('contacts-numbers.ods'))).toBe('ods');
    expect(await detectFileKind(fixture('contacts-numbers.csv'))).toBe('csv');
    const dir = scratch();
    const odsAsXlsx = join(dir, 'list.xlsx');
    copyFileSync(fixture('contacts-numbers.ods'), odsAsXlsx);
    expect(await detectFileKind(odsAsXlsx)).toBe('ods');
    const csvAsXlsx = join(dir, 'list2.xlsx');
    copyFileSync(fixture('contacts-numbers.csv'), csvAsXlsx);
    expect((await countsOf(csvAsXlsx)).valid).toBe(36);
    expect((await countsOf(fixture('renamed-workbook.csv'))).valid).toBe(2);
  });

  it('lists every sheet, hidden ones marked, and reads the one chosen', async () => {
    const preview = await sniffCsv(fixture('multi-sheet.xlsx'));
    expect(preview.sheets).toEqual([
      { name: 'Read me', hidden: false },
      { name: 'Old list', hidden: true },
      { name: 'Guests', hidden: false },
    ]);
    expect(preview.sheet).toBe(0);
    const guests = await sniffCsv(fixture('multi-sheet.xlsx'), { sheet: 2 });
    expect(guests.headers).toEqual(['First name', 'Mobile', 'Table']);
    expect(guests.phoneColumn).toBe(1);
    expect(await countsOf(fixture('multi-sheet.xlsx'), { sheet: 2 })).toMatchObject({
      rows: 3,
      valid: 3,
    });
    await expect(sniffCsv(fixture('multi-sheet.xlsx'), { sheet: 7 })).rejects.toThrow(
      /has 3 sheets/,
    );
  });

  it('counts dates of a 1904 workbook from 1904', async () => {
    const preview = await sniffCsv(fixture('date1904.xlsx'));
    // Serial 34713 in the 1904 system is 1999-01-15 (it would be 1995-01-14 in the 1900 one).
    expect(preview.previewRows[0]).toEqual(['+44 7400 100201', '1999-01-15']);
  });

  it('reads prefixed tags, inline strings, escapes, formulas and skips phonetic guides', async () => {
    const dir = scratch();
    const path = join(dir, 'odd.xlsx');
    await writeXlsx(path, [
      {
        name: 'S',
        rows: [
          ['name', 'phone', 'note'],
          ['A & B <co>', '+44 7400 100401', { formula: 'A2&"x"', cached: 'A & Bx' }],
          ['Line_x000D_break', '+44 7400 100402', { formula: 'NOW()' }],
          [true, '+44 7400 100403', { number: 0.5, format: '0%' }],
        ],
      },
    ]);
    const preview = await sniffCsv(path);
    expect(preview.previewRows).toEqual([
      ['A & B <co>', '+44 7400 100401', 'A & Bx'],
      ['Line\rbreak', '+44 7400 100402'],
      ['TRUE', '+44 7400 100403', '50%'],
    ]);
    // An OpenXML SDK writer's x: prefixes, cells without references, a rich-text string with a
    // phonetic guide (furigana) and an escaped character.
    const prefixed = join(dir, 'prefixed.xlsx');
    const zip = new ZipWriter(prefixed);
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    await zip.deflated('[Content_Types].xml', [
      '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ]);
    await zip.deflated('_rels/.rels', [
      `<Relationships><Relationship Id="r1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ]);
    await zip.deflated('xl/workbook.xml', [
      `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="Data" sheetId="1" r:id="a"/></x:sheets></x:workbook>`,
    ]);
    await zip.deflated('xl/_rels/workbook.xml.rels', [
      `<Relationships><Relationship Id="a" Type="${rel}/worksheet" Target="sheets/data.xml"/><Relationship Id="b" Type="${rel}/sharedStrings" Target="strings.xml"/></Relationships>`,
    ]);
    await zip.deflated('xl/sheets/data.xml', [
      `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>`,
      '<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c t="inlineStr"><x:is><x:t>+44 7400 100404</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    ]);
    await zip.deflated('xl/strings.xml', [
      `<x:sst xmlns:x="${main}"><x:si><x:t>name</x:t></x:si><x:si><x:t>phone</x:t></x:si>`,
      '<x:si><x:r><x:t>山田</x:t></x:r><x:r><x:t>太郎</x:t></x:r><x:rPh sb="0" eb="2"><x:t>ヤマダ</x:t></x:rPh><x:t>_x0021_</x:t></x:si></x:sst>',
    ]);
    await zip.close();
    const read = await sniffCsv(prefixed);
    expect(read.headers).toEqual(['name', 'phone']);
    expect(read.previewRows).toEqual([['山田太郎!', '+44 7400 100404']]);
  });

  it('never expands LibreOffice padding rows, and stops at the end of the chosen sheet', async () => {
    const dir = scratch();
    const path = join(dir, 'two.ods');
    await writeOds(path, [
      { name: 'First', rows: [['phone'], ['+44 7400 100501']] },
      { name: 'Second', rows: [['phone'], ['+44 7400 100502'], ['+44 7400 100503']] },
    ]);
    const started = performance.now();
    expect(await countsOf(path)).toMatchObject({ rows: 1, valid: 1 });
    expect(await countsOf(path, { sheet: 1 })).toMatchObject({ rows: 2, valid: 2 });
    // 2 × 1,048,000 repeated empty rows would take minutes if expanded.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a damaged zip, a zip that is not a spreadsheet and a binary workbook clearly', async () => {
    const dir = scratch();
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, readFileSync(fixture('contacts-numbers.xlsx')).subarray(0, 1500));
    await expect(checkCsv({ path: cut })).rejects.toThrow(/cannot be opened/);
    const other = join(dir, 'photos.zip');
    const zip = new ZipWriter(other);
    await zip.deflated('[Content_Types].xml', ['<Types><Default Extension="jpg"/></Types>']);
    await zip.deflated('photo.jpg', ['not really a photo']);
    await zip.close();
    await expect(checkCsv({ path: other })).rejects.toThrow(/not an Excel \(\.xlsx\)/);
    const binary = join(dir, 'book.xlsb');
    const xlsb = new ZipWriter(binary);
    await xlsb.deflated('[Content_Types].xml', [
      '<Types><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
    ]);
    await xlsb.close();
    await expect(checkCsv({ path: binary })).rejects.toThrow(/\.xlsb/);
  });
});
