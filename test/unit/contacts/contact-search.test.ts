import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { contactSearchText, foldText } from '../../../shared/contacts/search-text';
import { createList } from '../../../main/engine/contacts/contact-list';
import { queryContacts } from '../../../main/engine/contacts/contact-query';
import { migrate } from '../../../main/engine/db/migrate';
import { migrations } from '../../../main/engine/db/migrations/index';
import { registerSqlFunctions } from '../../../main/engine/db/sql-functions';
import { seedList } from '../../support/seed-contacts';
import { tempDatabase } from '../../support/temp-database';
import { tempDir } from '../../support/temp-dir';

const names = (page: { rows: { fields: Record<string, string> }[] }) =>
  page.rows.map((r) => r.fields.first_name);

describe('folded search text', () => {
  it('ignores case and accents, and letters NFKD keeps whole', () => {
    expect(foldText('  Chloé ')).toBe('chloe');
    expect(foldText('ZÜRICH')).toBe('zurich');
    expect(foldText('Łukasz Øster Straße')).toBe('lukasz oster strasse');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('ﬁne')).toBe('fine');
    expect(foldText('שרה')).toBe('שרה');
    const fields = { a: 'Chloé', b: '', c: 'Paris', z: 'not a column' };
    expect(contactSearchText('+33612345678', fields, ['a', 'b', 'c'])).toBe(
      '\u001f\ue000chloe\u001f\ue002paris\u001fnot a column\u001f\u001e33612345678',
    );
    expect(foldText('a\u001fb\ue001c')).toBe('a b c');
  });
});

describe('contact search', () => {
  it('finds "Chloé" from "chloe", "CHLOE" and "chloé", across imports and direct inserts', () => {
    const { db } = tempDatabase();
    const people = ['Chloé', 'Chloe', 'CHLOÉ', 'Zoë', 'Renée', 'Łukasz', 'Mark'];
    const listId = seedList(db, 'People', people.length, {
      fields: (i) => ({ first_name: people[i - 1] ?? '', city: i === 2 ? 'Zürich' : 'Paris' }),
    });
    for (const search of ['chloe', 'CHLOE', 'chloé', 'Chlo']) {
      expect(queryContacts(db, listId, { search }).total, search).toBe(3);
    }
    expect(queryContacts(db, listId, { search: 'zoe' }).rows[0]?.fields.first_name).toBe('Zoë');
    expect(queryContacts(db, listId, { search: 'lukasz' }).total).toBe(1);
    expect(queryContacts(db, listId, { search: 'zurich' }).total).toBe(1);
    // Field names are not searched; a search never spans two values.
    expect(queryContacts(db, listId, { search: 'first' }).total).toBe(0);
    expect(queryContacts(db, listId, { search: 'markparis' }).total).toBe(0);
  });

  it('keeps the search text right when a contact changes outside the import', () => {
    const { db } = tempDatabase();
    const listId = seedList(db, 'People', 2);
    db.prepare(`UPDATE contacts SET fields_json = ? WHERE list_id = ? AND phone LIKE '%1'`).run(
      JSON.stringify({ first_name: 'Émile', city: 'Lyon' }),
      listId,
    );
    expect(names(queryContacts(db, listId, { search: 'emile' }))).toEqual(['Émile']);
    expect(queryContacts(db, listId, { search: 'name1' }).total).toBe(0);
  });

  it('reads the narrow index for a search, not the wide rows', () => {
    const { db } = tempDatabase();
    const listId = createList(db, { name: 'L' }).id;
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM contacts INDEXED BY contacts_search
         WHERE list_id = ? AND search LIKE ?`,
      )
      .all(listId, '%x%')
      .map((r) => String(r.detail));
    expect(plan.join('\n')).toMatch(/COVERING INDEX contacts_search/);
  });

  it('fills the search text of contacts stored before the migration', () => {
    const dir = tempDir();
    const db = new DatabaseSync(join(dir.path, 'old.sqlite'));
    try {
      registerSqlFunctions(db);
      migrate(db, migrations.slice(0, 5));
      db.exec(`INSERT INTO contact_lists (id, name, columns_json, created_at, updated_at)
          VALUES (1, 'Old', '["first_name"]', 'x', 'x');
        INSERT INTO contacts (list_id, phone, fields_json, created_at)
          VALUES (1, '+33612345678', '{"first_name":"Hélène"}', 'x');`);
      migrate(db, migrations);
      expect(db.prepare('SELECT search FROM contacts').get()).toEqual({
        search: '\u001f\ue000helene\u001f\u001e33612345678',
      });
      expect(names(queryContacts(db, 1, { search: 'helene' }))).toEqual(['Hélène']);
    } finally {
      db.close();
      dir.cleanup();
    }
  });
});
