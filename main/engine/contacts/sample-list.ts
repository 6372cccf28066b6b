import type { DatabaseSync } from 'node:sqlite';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import { inTransaction } from '../db/transaction';
import { createList, getList, listLists, setListShape } from './contact-list';

export const SAMPLE_LIST_NAME = 'Sample contacts (fake numbers)';

export interface SampleContact {
  readonly phone: string;
  readonly firstName: string;
}

/**
 * Writes the first-run sample list: numbers from ranges reserved for fiction, so nothing could
 * reach a real person even through a real stream. A second sample gets a numbered name.
 */
export function createSampleList(
  db: DatabaseSync,
  country: string,
  contacts: readonly SampleContact[],
): ContactListView {
  const taken = new Set(listLists(db).map((l) => l.name.toLowerCase()));
  let name = SAMPLE_LIST_NAME;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SAMPLE_LIST_NAME} ${n}`;
  return inTransaction(db, () => {
    const list = createList(db, { name, defaultCountry: country });
    // The columns first: the search text each contact gets on insert is built from them.
    setListShape(db, list.id, {
      columns: ['first_name'],
      phoneColumn: 'phone',
      defaultCountry: country,
      headers: { first_name: 'First name' },
    });
    const at = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO contacts (list_id, phone, country, fields_json, created_at) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const c of contacts) {
      insert.run(list.id, c.phone, country, JSON.stringify({ first_name: c.firstName }), at);
    }
    return getList(db, list.id);
  });
}
