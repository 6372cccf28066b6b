import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { changeListCountry } from '../../../main/engine/contacts/change-list-country';
import { createList, getList, listLists } from '../../../main/engine/contacts/contact-list';
import { queryContacts } from '../../../main/engine/contacts/contact-query';
import { importCsv } from '../../../main/engine/import/import-csv';
import { exportImportIssuesCsv, listImportIssues } from '../../../main/engine/import/import-issues';
import { importOptOuts } from '../../../main/engine/import/import-opt-outs';
import { getImportRun } from '../../../main/engine/import/import-run';
import { listSuppressions } from '../../../main/engine/contacts/suppression-list';
import { tempDatabase } from '../../support/temp-database';
import { readFileSync } from 'node:fs';

function setup(): { db: DatabaseSync; write(name: string, text: string): string; dir: string } {
  const { db, dir } = tempDatabase();
  return {
    db,
    dir,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}

const phonesOf = (db: DatabaseSync, listId: number) =>
  queryContacts(db, listId, { limit: 1000 }).rows.map((c) => c.phone);

describe('lists keep what the file said', () => {
  it('stores the column titles as written in the file, with the field keys', async () => {
    const { db, write } = setup();
    const path = write(
      'crm.csv',
      'First Name,Mobile Phone,Prénom / Ville\nAda,+447400100701,Léon\n',
    );
    const report = await importCsv(db, { path, newListName: 'CRM', defaultCountry: 'GB' });
    const list = getList(db, report.listId ?? 0);
    expect(list.headers).toEqual({ first_name: 'First Name', prenom_ville: 'Prénom / Ville' });
    expect(list.phoneColumn).toBe('Mobile Phone');
    // A second file adds its own titles and keeps the first ones.
    const more = write('more.csv', 'first_name,phone,Loyalty Tier\nBo,+447400100702,Gold\n');
    await importCsv(db, { path: more, listId: list.id, defaultCountry: 'GB' });
    expect(getList(db, list.id).headers).toEqual({
      first_name: 'First Name',
      prenom_ville: 'Prénom / Ville',
      loyalty_tier: 'Loyalty Tier',
    });
  });

  it('leaves no list behind when no contact could be imported, but keeps the report', async () => {
    const { db, write } = setup();
    const path = write('bad.csv', 'name,phone\nA,call me\nB,\nC,12\n');
    const report = await importCsv(db, { path, newListName: 'Nothing', defaultCountry: 'GB' });
    expect(report).toMatchObject({ status: 'done', listId: null, imported: 0, invalid: 3 });
    expect(listLists(db)).toEqual([]);
    expect(getImportRun(db, report.runId)).toMatchObject({ status: 'done', listId: null });
    expect(listImportIssues(db, report.runId).total).toBe(3);
    // Into an existing list, the list stays (it is the user's).
    const kept = createList(db, { name: 'Kept' });
    const again = await importCsv(db, { path, listId: kept.id, defaultCountry: 'GB' });
    expect(again.listId).toBe(kept.id);
    expect(listLists(db).map((l) => l.name)).toEqual(['Kept']);
  });

  it('re-reads national numbers when the list country changes, and reports what changed', async () => {
    const { db, write } = setup();
    // Imported as if they were US numbers, but they are British: 07400 100801 is a GB mobile.
    const path = write(
      'uk.csv',
      [
        'name,phone',
        'Ann,07400 100801',
        'Bob,+44 7400 100802',
        'Cy,(646) 280-6906',
        'Di,07400 100804',
        'Ed,7400100804',
      ].join('\n'),
    );
    const report = await importCsv(db, { path, newListName: 'UK', defaultCountry: 'US' });
    const listId = report.listId ?? 0;
    // As US numbers: "07400 100801" is too long (not imported); the others are read as US.
    expect(phonesOf(db, listId).sort()).toEqual(['+16462806906', '+17400100804', '+447400100802']);
    // The two British ones come in from a second file read as GB; then the list becomes GB.
    const gbFile = write('uk2.csv', 'name,phone\nAnn,07400 100801\nDi,07400 100804\n');
    await importCsv(db, { path: gbFile, listId, defaultCountry: 'GB' });
    const before = phonesOf(db, listId).sort();

    const preview = changeListCountry(db, listId, 'GB', false);
    expect(preview).toMatchObject({
      from: 'US',
      to: 'GB',
      applied: false,
      international: 1,
      reread: 4,
      changed: 1,
      unchanged: 2,
      unreadable: 0,
      repeats: 1,
    });
    // Nothing saved by the preview.
    expect(phonesOf(db, listId).sort()).toEqual(before);
    expect(getList(db, listId).defaultCountry).toBe('US');

    const applied = changeListCountry(db, listId, 'GB', true);
    expect(applied).toMatchObject({ applied: true, changed: 1, repeats: 1 });
    expect(applied.examples).toEqual([
      { raw: '(646) 280-6906', before: '+16462806906', after: '+446462806906' },
    ]);
    // "7400100804" read as GB is Di's number: it is left as it was, and said so.
    expect(applied.problems).toEqual([
      expect.objectContaining({ raw: '7400100804', phone: '+17400100804' }),
    ]);
    expect(applied.problems[0]?.detail).toContain('another contact in the list already has');
    expect(getList(db, listId).defaultCountry).toBe('GB');
    expect(phonesOf(db, listId).sort()).toEqual([
      '+17400100804',
      '+446462806906',
      '+447400100801',
      '+447400100802',
      '+447400100804',
    ]);
    await expect(async () => changeListCountry(db, listId, 'XX', true)).rejects.toThrow(/XX/);
  });
});

describe('opt-out import = contact import', () => {
  it('reads local-format opt-outs with the chosen country, reports every row, and exports it', async () => {
    const { db, write, dir } = setup();
    const path = write(
      'stop.csv',
      [
        'Name;Mobile;Note',
        'Ann;07898 687277;asked',
        'Bob;+44 7898 687278;',
        'Cy;not known;',
        'Di;07898 687277;again',
      ].join('\r\n'),
    );
    const report = await importOptOuts(db, { path, defaultCountry: 'GB', phoneColumn: 1 });
    expect(report).toMatchObject({
      listId: null,
      status: 'done',
      total: 4,
      imported: 2,
      invalid: 1,
      duplicates: 1,
      defaultCountry: 'GB',
      phoneColumn: 'Mobile',
    });
    expect(
      listSuppressions(db)
        .rows.map((r) => r.phone)
        .sort(),
    ).toEqual(['+447898687277', '+447898687278']);
    const issues = listImportIssues(db, report.runId).rows;
    expect(issues.map((i) => [i.row, i.kind])).toEqual([
      [3, 'invalid'],
      [4, 'duplicate'],
    ]);
    expect(getImportRun(db, report.runId)).toMatchObject({ target: 'opt_outs', listId: null });
    const out = join(dir, 'report.csv');
    expect(await exportImportIssuesCsv(db, report.runId, out)).toEqual({ rows: 2 });
    expect(readFileSync(out, 'utf8')).toContain('not known');

    // A list that writes the same person internationally: the opt-out applies.
    const list = write('list.csv', 'name,phone\nAnn,+447898687277\nEve,+447898687279\n');
    const imported = await importCsv(db, {
      path: list,
      newListName: 'Customers',
      defaultCountry: 'GB',
    });
    expect(imported).toMatchObject({ imported: 1, suppressed: 1 });
  });

  it('reads opt-outs from a spreadsheet too', async () => {
    const { db } = setup();
    const path = join(import.meta.dirname, '../../fixtures/sheets/contacts-numbers.xlsx');
    const report = await importOptOuts(db, { path, defaultCountry: 'GB', phoneColumn: 1 });
    expect(report).toMatchObject({
      format: 'xlsx',
      total: 40,
      imported: 36,
      invalid: 2,
      duplicates: 2,
    });
  });
});
