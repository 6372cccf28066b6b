import type { DatabaseSync } from 'node:sqlite';
import type { ContactPageView, ContactView } from '../../../shared/contacts/contact-types';
import { foldText, PHONE_SEPARATOR } from '../../../shared/contacts/search-text';
import { AppFailure } from '../../../shared/contract/result';
import { escapeLike } from '../db/sql-list';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { phoneSearchPatterns } from './phone-search';

export interface ContactQuery {
  readonly search?: string;
  readonly offset?: number;
  readonly limit?: number;
}

const COLUMNS = `id, phone, country, fields_json, warning, source_row, created_at,
  EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = contacts.phone) AS opted_out`;

// A search reads `contacts_search` (list_id, id, search): the folded values and phone digits of
// each contact, narrow and in list order, so neither the count nor finding a page's ids touches
// the wide rows. The patterns are built in code from what the user typed: LIKE wildcards in it
// are escaped, and nothing typed ever becomes SQL.
const MATCH = `(search LIKE :text ESCAPE '\\' OR search LIKE :phone1 OR search LIKE :phone2)`;
const MATCHING_IDS = `SELECT id FROM contacts INDEXED BY contacts_search
  WHERE list_id = :listId AND ${MATCH}`;

const SQL = {
  page: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId ORDER BY id LIMIT :limit OFFSET :offset`,
  count: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId`,
  searchPage: `SELECT ${COLUMNS} FROM contacts
    WHERE id IN (${MATCHING_IDS} ORDER BY id LIMIT :limit OFFSET :offset) ORDER BY id`,
  searchCount: `SELECT COUNT(*) AS n FROM (${MATCHING_IDS})`,
  one: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId AND id = :id`,
  deleteOne: `DELETE FROM contacts WHERE list_id = :listId AND id = :id`,
} as const;

const MAX_LIMIT = 1000;

/**
 * One page of a list, in import order, optionally filtered by a search over the phone number
 * and every field value, ignoring case and accents ("chloe" finds "Chloé").
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
  const search = foldText(query.search ?? '');
  if (search === '') {
    const rows = statement(db, SQL.page).all({ listId, limit, offset });
    const count = statement(db, SQL.count).get({ listId });
    return { rows: rows.map(toContact), total: Number(count?.n ?? 0) };
  }
  // A phone pattern only looks after the separator that precedes the digits; without a
  // number-like search both repeat the text pattern, which costs nothing more.
  const text = `%${escapeLike(search)}%`;
  const phone = phoneSearchPatterns(search);
  const params = {
    listId,
    text,
    phone1: phone ? `%${PHONE_SEPARATOR}${phone[0]}` : text,
    phone2: phone ? `%${PHONE_SEPARATOR}${phone[1]}` : text,
  };
  const rows = statement(db, SQL.searchPage).all({ ...params, limit, offset });
  const count = statement(db, SQL.searchCount).get(params);
  return { rows: rows.map(toContact), total: Number(count?.n ?? 0) };
}

export function getContact(db: DatabaseSync, listId: number, id: number): ContactView {
  const row = statement(db, SQL.one).get({ listId, id });
  if (!row) throw new AppFailure('NOT_FOUND', 'That contact is no longer in the list.');
  return toContact(row);
}

export function deleteContacts(db: DatabaseSync, listId: number, ids: readonly number[]): number {
  return inTransaction(db, () => {
    let deleted = 0;
    const remove = statement(db, SQL.deleteOne);
    for (const id of ids) deleted += Number(remove.run({ listId, id }).changes);
    return deleted;
  });
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
    optedOut: Number(row.opted_out) === 1,
  };
}
