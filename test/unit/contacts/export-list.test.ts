import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getList } from '../../../main/engine/contacts/contact-list';
import { queryContacts } from '../../../main/engine/contacts/contact-query';
import { exportList } from '../../../main/engine/contacts/export-list';
import { importCsv } from '../../../main/engine/import/import-csv';
import { readZip, sheetRows } from '../../support/read-zip';
import { tempDatabase } from '../../support/temp-database';

const HOSTILE = '=HYPERLINK("http://example.test","x")';
const source = [
  'Mobile,Prénom,Ville,Note',
  '+33612345601,Chloé,Saint-Étienne,"a, b"',
  `+33612345602,${'"' + HOSTILE.replace(/"/g, '""') + '"'},@Lyon,-1+2`,
  '+33612345603,Zoë,Zürich,"line one\nline two"',
  '0612345604,Ünal,,+44',
  'not a phone,Bad,,',
].join('\r\n');

async function importedList() {
  const { db, dir } = tempDatabase();
  const path = join(dir, 'source.csv');
  writeFileSync(path, source);
  const report = await importCsv(db, {
    path,
    newListName: 'Clients été',
    phoneColumn: 0,
    fieldColumns: { '1': 'prenom', '2': 'ville', '3': 'note' },
    defaultCountry: 'FR',
  });
  return { db, dir, report, listId: report.listId ?? 0 };
}

describe('exporting a list', () => {
  it('writes a BOM CSV with neutralised formulas and clean numbers that re-imports the same', async () => {
    const { db, dir, report, listId } = await importedList();
    expect(report).toMatchObject({ imported: 4, invalid: 1 });
    const path = join(dir, 'out.csv');
    expect(await exportList(db, listId, 'csv', path)).toBe(4);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFMobile,prenom,ville,note\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ['+33612345601', 'Chloé', 'Saint-Étienne', 'a, b'],
      ['+33612345602', `'${HOSTILE}`, "'@Lyon", "'-1+2"],
      ['+33612345603', 'Zoë', 'Zürich', 'line one\nline two'],
      ['+33612345604', 'Ünal', '', "'+44".slice(1)],
    ]);

    const again = await importCsv(db, {
      path,
      newListName: 'Round trip',
      phoneColumn: 0,
      fieldColumns: { '1': 'prenom', '2': 'ville', '3': 'note' },
      defaultCountry: null,
    });
    expect(again).toMatchObject({ total: 4, imported: 4, invalid: 0, duplicates: 0 });
    const phones = (id: number) => queryContacts(db, id).rows.map((c) => c.phone);
    expect(phones(again.listId ?? 0)).toEqual(phones(listId));
    expect(getList(db, again.listId ?? 0).phoneColumn).toBe('Mobile');
  });

  it('writes an XLSX package whose sheet holds every contact as text', async () => {
    const { db, dir, listId } = await importedList();
    const path = join(dir, 'out.xlsx');
    expect(await exportList(db, listId, 'xlsx', path)).toBe(4);
    const zip = readZip(path);
    expect([...zip.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(zip.get('xl/workbook.xml')?.toString()).toContain('<sheet name="Clients été"');
    const sheet = zip.get('xl/worksheets/sheet1.xml')?.toString() ?? '';
    expect(sheet).not.toContain('<f>');
    expect(sheetRows(sheet)).toEqual([
      ['Mobile', 'prenom', 'ville', 'note'],
      ['+33612345601', 'Chloé', 'Saint-Étienne', 'a, b'],
      ['+33612345602', HOSTILE, '@Lyon', '-1+2'],
      ['+33612345603', 'Zoë', 'Zürich', 'line one\nline two'],
      ['+33612345604', 'Ünal', '', '+44'],
    ]);
    // Phone cells are text-formatted, so Excel keeps the "+" when someone edits them.
    expect(sheet).toMatch(/<c r="A2" t="inlineStr" s="2">/);
  });

  it('leaves nothing behind when the export cannot be written', async () => {
    const { db, dir, listId } = await importedList();
    await expect(exportList(db, listId, 'xlsx', join(dir, 'missing', 'x.xlsx'))).rejects.toThrow(
      /Could not write/,
    );
    // Written in full, then the last step fails: a folder has the chosen name.
    const out = join(dir, 'out');
    mkdirSync(join(out, 'taken.csv'), { recursive: true });
    await expect(exportList(db, listId, 'csv', join(out, 'taken.csv'))).rejects.toMatchObject({
      code: 'IO',
    });
    expect(readdirSync(out)).toEqual(['taken.csv']);
    // An earlier export at the same path survives one that fails half way (a damaged row).
    writeFileSync(join(out, 'old.csv'), 'earlier');
    db.prepare(`UPDATE contacts SET fields_json = '{"prenom":' WHERE phone = '+33612345603'`).run();
    await expect(exportList(db, listId, 'csv', join(out, 'old.csv'))).rejects.toMatchObject({
      code: 'IO',
    });
    expect(readFileSync(join(out, 'old.csv'), 'utf8')).toBe('earlier');
    expect(readdirSync(out).sort()).toEqual(['old.csv', 'taken.csv']);
  });
});
