import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  createList,
  deleteList,
  getList,
  listLists,
  renameList,
  setListDefaultCountry,
} from '../../../main/engine/contacts/contact-list';
import { tempDatabase } from '../../support/temp-database';

const db = (): DatabaseSync => tempDatabase().db;

describe('contact lists', () => {
  it('creates, lists with counts, renames and deletes', () => {
    const database = db();
    const a = createList(database, { name: '  Customers ', defaultCountry: 'il' });
    expect(a).toMatchObject({
      name: 'Customers',
      defaultCountry: 'IL',
      columns: [],
      phoneColumn: null,
      contactCount: 0,
    });
    const b = createList(database, { name: 'blog readers' });
    database
      .prepare(
        `INSERT INTO contacts (list_id, phone, fields_json, created_at) VALUES (?, '+972524265292', '{}', 'x'), (?, '+972524265293', '{}', 'x')`,
      )
      .run(a.id, a.id);
    expect(listLists(database).map((l) => [l.name, l.contactCount])).toEqual([
      ['blog readers', 0],
      ['Customers', 2],
    ]);
    expect(renameList(database, b.id, 'Blog')).toMatchObject({ id: b.id, name: 'Blog' });
    expect(setListDefaultCountry(database, b.id, 'us').defaultCountry).toBe('US');
    deleteList(database, a.id);
    expect(listLists(database).map((l) => l.name)).toEqual(['Blog']);
    expect(database.prepare('SELECT COUNT(*) AS n FROM contacts').get()).toEqual({ n: 0 });
  });

  it('refuses duplicate names (any case), empty names and unknown countries in plain words', () => {
    const database = db();
    const a = createList(database, { name: 'VIP' });
    expect(() => createList(database, { name: 'vip' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'A list named "vip" already exists.' }),
    );
    const b = createList(database, { name: 'Other' });
    expect(() => renameList(database, b.id, 'VIP')).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(renameList(database, a.id, 'vip').name).toBe('vip');
    expect(() => createList(database, { name: '   ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => createList(database, { name: 'x', defaultCountry: 'XX' })).toThrow(
      /not a country code/,
    );
    expect(() => getList(database, 999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => deleteList(database, 999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
