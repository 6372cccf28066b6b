import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createList, getList, listLists } from '../../../main/engine/contacts/contact-list';
import { queryContacts } from '../../../main/engine/contacts/contact-query';
import { addSuppressions } from '../../../main/engine/contacts/suppression-list';
import { importCsv } from '../../../main/engine/import/import-csv';
import { exportImportIssuesCsv, listImportIssues } from '../../../main/engine/import/import-issues';
import type { ImportProgress } from '../../../shared/contacts/contact-types';
import {
  getImportRun,
  listImportRuns,
  recoverInterruptedImports,
  startRun,
} from '../../../main/engine/import/import-run';
import { tempDatabase } from '../../support/temp-database';

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

const il = (n: number) => `05242652${String(n).padStart(2, '0')}`;
const e164 = (n: number) => `+9725242652${String(n).padStart(2, '0')}`;
const contactsOf = (db: DatabaseSync, listId: number) =>
  queryContacts(db, listId, { limit: 1000 }).rows.map((c) => ({
    phone: c.phone,
    fields: c.fields,
  }));
const csv = (rows: readonly string[]) => `name,phone,city\n${rows.join('\n')}\n`;
const manyRows = (count: number, from = 0) =>
  csv(
    Array.from(
      { length: count },
      (_, i) => `N${from + i},+97252${String(1000000 + from + i)},Haifa`,
    ),
  );

describe('importCsv', () => {
  it('imports into a new list and reports every row', async () => {
    const { db, write } = setup();
    const path = write(
      'contacts.csv',
      csv([
        `Dana,${il(1)},Haifa`,
        `Avi,abc,Acre`,
        `Noa,+972 52-426-5201,Eilat`,
        `Maya,0541234567,Lod`,
        `Eli,${il(2)}`,
      ]),
    );
    const report = await importCsv(db, { path, newListName: 'Customers', defaultCountry: 'IL' });
    expect(report).toMatchObject({
      status: 'done',
      total: 5,
      imported: 3,
      invalid: 1,
      duplicates: 1,
      suppressed: 0,
      warnings: 1,
      fileName: 'contacts.csv',
      encoding: 'utf-8',
      delimiter: ',',
      phoneColumn: 'phone',
      fields: ['name', 'city'],
    });
    const list = getList(db, report.listId as number);
    expect(list).toMatchObject({
      name: 'Customers',
      defaultCountry: 'IL',
      columns: ['name', 'city'],
      phoneColumn: 'phone',
      contactCount: 3,
    });
    expect(contactsOf(db, list.id)).toEqual([
      { phone: e164(1), fields: { name: 'Dana', city: 'Haifa' } },
      { phone: '+972541234567', fields: { name: 'Maya', city: 'Lod' } },
      { phone: e164(2), fields: { name: 'Eli', city: '' } },
    ]);
    expect(queryContacts(db, list.id).rows[1]).toMatchObject({
      warning: 'not_valid_for_country',
      sourceRow: 4,
      country: 'IL',
    });

    const issues = listImportIssues(db, report.runId);
    expect(issues.total).toBe(3);
    expect(issues.rows.map((i) => [i.row, i.kind, i.reason])).toEqual([
      [2, 'invalid', 'not_a_number'],
      [3, 'duplicate', 'duplicate_in_file'],
      [4, 'warning', 'not_valid_for_country'],
    ]);
    expect(issues.rows[1]).toMatchObject({
      detail: `Same number as row 1 (${e164(1)}).`,
      rawPhone: '+972 52-426-5201',
      rawLine: 'Noa,+972 52-426-5201,Eilat',
    });
    expect(listImportIssues(db, report.runId, { kind: 'invalid' }).rows).toHaveLength(1);
    expect(getImportRun(db, report.runId)).toMatchObject({
      status: 'done',
      total: 5,
      imported: 3,
      listId: list.id,
    });
  });

  it('adds to an existing list: repeats are duplicates, new columns are appended', async () => {
    const { db, write } = setup();
    const first = await importCsv(db, {
      path: write('a.csv', csv([`A,${il(1)},Haifa`, `B,${il(2)},Acre`])),
      newListName: 'L',
      defaultCountry: 'IL',
    });
    const second = await importCsv(db, {
      path: write(
        'b.csv',
        `phone,name,email\n${il(2)},B2,b@x\n${il(3)},C,c@x\n${il(3)},C again,c@x\n`,
      ),
      listId: first.listId as number,
    });
    expect(second).toMatchObject({ total: 3, imported: 1, duplicates: 2, invalid: 0 });
    expect(listImportIssues(db, second.runId).rows.map((i) => i.reason)).toEqual([
      'already_in_list',
      'duplicate_in_file',
    ]);
    const list = getList(db, first.listId as number);
    expect(list.columns).toEqual(['name', 'city', 'email']);
    expect(list.contactCount).toBe(3);
    // The earlier contact is untouched by the repeat.
    expect(contactsOf(db, list.id)[1]).toEqual({
      phone: e164(2),
      fields: { name: 'B', city: 'Acre' },
    });
    expect(listImportRuns(db, list.id).map((r) => r.id)).toEqual([second.runId, first.runId]);
  });

  it('uses the list default country when none is given', async () => {
    const { db, write } = setup();
    const list = createList(db, { name: 'US list', defaultCountry: 'US' });
    const report = await importCsv(db, {
      path: write('us.csv', 'name,phone\nA,(415) 555-0100\n'),
      listId: list.id,
    });
    expect(report.imported).toBe(1);
    expect(contactsOf(db, list.id)[0]?.phone).toBe('+14155550100');
  });

  it('leaves suppressed numbers out', async () => {
    const { db, write } = setup();
    addSuppressions(db, ['+972 52-426-5202'], { source: 'manual' });
    const report = await importCsv(db, {
      path: write('s.csv', csv([`A,${il(1)},x`, `B,${il(2)},y`, `B again,${il(2)},y`])),
      newListName: 'S',
      defaultCountry: 'IL',
    });
    expect(report).toMatchObject({ total: 3, imported: 1, suppressed: 2, duplicates: 0 });
    expect(contactsOf(db, report.listId as number).map((c) => c.phone)).toEqual([e164(1)]);
    expect(listImportIssues(db, report.runId).rows[0]).toMatchObject({
      row: 2,
      kind: 'suppressed',
      detail: `${e164(2)} is on the opt-out list.`,
    });
  });

  it('keeps the counts adding up across many batches', async () => {
    const { db, write } = setup();
    const rows = Array.from({ length: 997 }, (_, i) =>
      i % 10 === 0
        ? `Bad${i},x${i},c`
        : i % 7 === 0
          ? `Dup${i},${il(1)},c`
          : `N${i},+97252${1000000 + i},c`,
    );
    const progress: ImportProgress[] = [];
    const report = await importCsv(
      db,
      {
        path: write('m.csv', csv(rows)),
        newListName: 'M',
        defaultCountry: 'IL',
        batchRows: 64,
        highWaterMark: 512,
      },
      { onProgress: (p) => progress.push(p) },
    );
    expect(report.total).toBe(997);
    expect(report.imported + report.invalid + report.duplicates + report.suppressed).toBe(997);
    expect(report.invalid).toBe(100);
    expect(getList(db, report.listId as number).contactCount).toBe(report.imported);
    expect(listImportIssues(db, report.runId).total).toBe(
      report.invalid + report.duplicates + report.warnings,
    );
    const last = progress.at(-1);
    expect(last).toMatchObject({ rowsRead: 997, bytesRead: last?.totalBytes });
    // Throttled: far fewer reports than the 16 batches and ~60 reads.
    expect(progress.length).toBeLessThan(16);
  });

  it('cancel midway removes a list it created', async () => {
    const { db, write } = setup();
    const controller = new AbortController();
    const report = await importCsv(
      db,
      {
        path: write('c.csv', manyRows(2000)),
        newListName: 'Canceled',
        defaultCountry: 'IL',
        batchRows: 100,
        highWaterMark: 1024,
      },
      {
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (p) => p.rowsRead >= 100 && controller.abort(),
      },
    );
    expect(report.status).toBe('canceled');
    expect(report.listId).toBeNull();
    expect(report.imported).toBeGreaterThan(0);
    expect(report.total).toBeLessThan(2000);
    expect(listLists(db)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM contacts').get()).toEqual({ n: 0 });
    expect(getImportRun(db, report.runId)).toMatchObject({ status: 'canceled', listId: null });
  });

  it('cancel midway leaves an existing list exactly as it was', async () => {
    const { db, write } = setup();
    const first = await importCsv(db, {
      path: write('a.csv', csv([`A,${il(1)},Haifa`, `B,${il(2)},Acre`])),
      newListName: 'Keep',
      defaultCountry: 'IL',
    });
    const listId = first.listId as number;
    const before = { list: getList(db, listId), rows: queryContacts(db, listId).rows };
    const controller = new AbortController();
    const report = await importCsv(
      db,
      {
        path: write(
          'more.csv',
          `phone,name,email\n${il(1)},dup,x\n${Array.from({ length: 3000 }, (_, i) => `+97252${2000000 + i},N${i},x`).join('\n')}\n`,
        ),
        listId,
        phoneColumn: 'phone',
        batchRows: 100,
        highWaterMark: 1024,
      },
      {
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (p) => p.rowsRead >= 300 && controller.abort(),
      },
    );
    expect(report).toMatchObject({ status: 'canceled', listId });
    expect(report.imported).toBeGreaterThan(0);
    const after = { list: getList(db, listId), rows: queryContacts(db, listId).rows };
    expect(after.rows).toEqual(before.rows);
    expect(after.list).toEqual(before.list);
  });

  it('a database failure midway undoes the run and says so', async () => {
    const { db, write } = setup();
    const existing = await importCsv(db, {
      path: write('a.csv', csv([`A,${il(1)},Haifa`])),
      newListName: 'F',
      defaultCountry: 'IL',
    });
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON contacts WHEN NEW.phone = '+972521000500'
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    await expect(
      importCsv(db, {
        path: write('f.csv', manyRows(1000)),
        listId: existing.listId as number,
        batchRows: 100,
      }),
    ).rejects.toThrow(/disk on fire/);
    expect(contactsOf(db, existing.listId as number).map((c) => c.phone)).toEqual([e164(1)]);
    const runs = listImportRuns(db, existing.listId as number);
    expect(runs[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/disk on fire/),
    });
  });

  it('refuses a taken list name before touching anything', async () => {
    const { db, write } = setup();
    createList(db, { name: 'Taken' });
    await expect(
      importCsv(db, {
        path: write('t.csv', csv([`A,${il(1)},x`])),
        newListName: 'taken',
        defaultCountry: 'IL',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM import_runs').get()).toEqual({ n: 0 });
  });

  it('undoes runs interrupted by a crash at the next start', async () => {
    const { db, write } = setup();
    const kept = await importCsv(db, {
      path: write('a.csv', csv([`A,${il(1)},Haifa`])),
      newListName: 'Kept',
      defaultCountry: 'IL',
    });
    const keptId = kept.listId as number;
    // A run that was writing into an existing list, and one that had created its own list.
    const intoExisting = startRun(db, {
      listId: keptId,
      createdList: false,
      previous: { columns: ['name', 'city'], phoneColumn: 'phone', defaultCountry: 'IL' },
      fileName: 'x.csv',
      encoding: 'utf-8',
      delimiter: ',',
      defaultCountry: 'IL',
    });
    db.prepare(
      `INSERT INTO contacts (list_id, phone, fields_json, import_run_id, created_at) VALUES (?, '+972524265299', '{}', ?, 'now')`,
    ).run(keptId, intoExisting);
    db.prepare(`UPDATE contact_lists SET columns_json = '["name","city","junk"]' WHERE id = ?`).run(
      keptId,
    );
    const orphan = createList(db, { name: 'Half-made' });
    const ownRun = startRun(db, {
      listId: orphan.id,
      createdList: true,
      previous: null,
      fileName: 'y.csv',
      encoding: 'utf-8',
      delimiter: ',',
      defaultCountry: null,
    });

    expect(recoverInterruptedImports(db).sort()).toEqual([intoExisting, ownRun].sort());
    expect(contactsOf(db, keptId).map((c) => c.phone)).toEqual([e164(1)]);
    expect(getList(db, keptId).columns).toEqual(['name', 'city']);
    expect(listLists(db).map((l) => l.name)).toEqual(['Kept']);
    expect(getImportRun(db, intoExisting)).toMatchObject({ status: 'failed' });
    expect(recoverInterruptedImports(db)).toEqual([]);
  });

  it('exports the issue report as CSV with formulas neutralised', async () => {
    const { db, write, dir } = setup();
    const report = await importCsv(db, {
      path: write(
        'x.csv',
        csv([`A,=HYPERLINK("http://evil"),x`, `B,${il(1)},y`, `"-B, again",${il(1)},z`]),
      ),
      newListName: 'X',
      defaultCountry: 'IL',
    });
    const out = join(dir, 'report.csv');
    expect(await exportImportIssuesCsv(db, report.runId, out)).toEqual({ rows: 2 });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFrow,kind,reason,detail,phone,line\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^1,invalid,not_a_number,"""=HYPERLINK/);
    expect(lines[1]).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(lines[2]).toMatch(/^3,duplicate,duplicate_in_file,Same number as row 2/);
    expect(lines[2]).toContain(`"'-B, again,0524265201,z"`);
  });
});
