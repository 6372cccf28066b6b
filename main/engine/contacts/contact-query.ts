import type { DatabaseSync } from 'node:sqlite';
import type { ContactPageView, ContactView } from '../../../shared/contacts/contact-types';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { phoneSearchPatterns } from './phone-search';

export interface ContactQuery {
  readonly search?: string;
  readonly offset?: number;
  readonly limit?: number;
}

const COLUMNS = 'id, phone, country, fields_json, warning, source_row, created_at';

// Phone: substring on the short E.164 column. Fields: a LIKE over the JSON text finds candidate
// rows cheaply, then json_each checks the match is in a value, not a key ("name" would
// otherwise match every row). Both patterns are built in code, so user text never becomes SQL.
const PHONE_MATCH = `(phone LIKE :phone1 OR phone LIKE :phone2)`;
const TEXT_MATCH = `(fields_json LIKE :json ESCAPE '\\'
  AND EXISTS (SELECT 1 FROM json_each(contacts.fields_json) WHERE value LIKE :text ESCAPE '\\'))`;

const SQL = {
  page: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId ORDER BY id LIMIT :limit OFFSET :offset`,
  count: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId`,
  textPage: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId AND ${TEXT_MATCH}
    ORDER BY id LIMIT :limit OFFSET :offset`,
  textCount: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId AND ${TEXT_MATCH}`,
  anyPage: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId AND (${PHONE_MATCH} OR ${TEXT_MATCH})
    ORDER BY id LIMIT :limit OFFSET :offset`,
  anyCount: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId AND (${PHONE_MATCH} OR ${TEXT_MATCH})`,
  deleteOne: `DELETE FROM contacts WHERE list_id = :listId AND id = :id`,
} as const;

const MAX_LIMIT = 1000;

/**
 * One page of a list, in import order, optionally filtered by a search over the phone number
 * and every field value (case-insensitive for Latin letters).
 *
 * Typing part of a number finds it however it is written (see `phoneSearchPatterns`).
 */
export function queryContacts(
  db: DatabaseSync,
  listId: number,
  query: ContactQuery = {},
): ContactPageView {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const search = (query.search ?? '').trim();
  if (search === '') {
    const rows = statement(db, SQL.page).all({ listId, limit, offset });
    const count = statement(db, SQL.count).get({ listId });
    return { rows: rows.map(toContact), total: Number(count?.n ?? 0) };
  }
  const text = likeContains(search);
  const json = likeContains(JSON.stringify(search).slice(1, -1));
  const phone = phoneSearchPatterns(search);
  if (phone === null) {
    const rows = statement(db, SQL.textPage).all({ listId, limit, offset, text, json });
    const count = statement(db, SQL.textCount).get({ listId, text, json });
    return { rows: rows.map(toContact), total: Number(count?.n ?? 0) };
  }
  const [phone1, phone2] = phone;
  const params = { listId, text, json, phone1, phone2 };
  const rows = statement(db, SQL.anyPage).all({ ...params, limit, offset });
  const count = statement(db, SQL.anyCount).get(params);
  return { rows: rows.map(toContact), total: Number(count?.n ?? 0) };
}

export function deleteContacts(db: DatabaseSync, listId: number, ids: readonly number[]): number {
  return inTransaction(db, () => {
    let deleted = 0;
    const remove = statement(db, SQL.deleteOne);
    for (const id of ids) deleted += Number(remove.run({ listId, id }).changes);
    return deleted;
  });
}

function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function toContact(row: Record<string, unknown>): ContactView {
  return {
    id: Number(row.id),
    phone: String(row.phone),
    country: row.country === null ? null : String(row.country),
    fields: JSON.parse(String(row.fields_json)) as Record<string, string>,
    warning: row.warning === null ? null : String(row.warning),
    sourceRow: row.source_row === null ? null : Number(row.source_row),
    createdAt: String(row.created_at),
  };
}
