import type { DatabaseSync } from 'node:sqlite';
import type { ContactPageView, ContactView } from '../../../shared/contacts/contact-types';
import { foldText } from '../../../shared/contacts/search-text';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { phoneSearchDigits } from './phone-search';

export interface ContactQuery {
  readonly search?: string;
  readonly offset?: number;
  readonly limit?: number;
}

const COLUMNS = `id, phone, country, fields_json, warning, source_row, created_at,
  EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = contacts.phone) AS opted_out`;

// A search reads `contacts_search` (list_id, id, search): the folded values and phone digits of
// each contact, narrow and in list order, so neither finding a page's ids nor the count touches
// the wide rows. What the user typed is a parameter of a plain substring test (`instr`: no
// wildcards to escape, and nothing typed ever becomes SQL). A number also matches its digits.
const matchingIds = (match: string) => `SELECT id FROM contacts INDEXED BY contacts_search
  WHERE list_id = :listId AND (${match})`;
const TEXT = matchingIds('instr(search, :text) > 0');
const TEXT_OR_DIGITS = matchingIds('instr(search, :text) > 0 OR instr(search, :digits) > 0');

const SQL = {
  page: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId ORDER BY id LIMIT :limit OFFSET :offset`,
  count: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId`,
  textPage: searchPage(TEXT),
  textCount: `SELECT COUNT(*) AS n FROM (${TEXT})`,
  digitsPage: searchPage(TEXT_OR_DIGITS),
  digitsCount: `SELECT COUNT(*) AS n FROM (${TEXT_OR_DIGITS})`,
  one: `SELECT ${COLUMNS} FROM contacts WHERE list_id = :listId AND id = :id`,
  deleteOne: `DELETE FROM contacts WHERE list_id = :listId AND id = :id`,
} as const;

function searchPage(ids: string): string {
  return `SELECT ${COLUMNS} FROM contacts
    WHERE id IN (${ids} ORDER BY id LIMIT :limit OFFSET :offset) ORDER BY id`;
}

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
  // A number finds its digits however it was typed; the digits without a trunk zero are in
  // everything the ones with it are, so they alone are enough.
  const digits = phoneSearchDigits(search)?.withoutTrunk;
  const [page, count, params] =
    digits === undefined || digits === search
      ? [SQL.textPage, SQL.textCount, { listId, text: search }]
      : [SQL.digitsPage, SQL.digitsCount, { listId, text: search, digits }];
  const rows = statement(db, page)
    .all({ ...params, limit, offset })
    .map(toContact);
  // A first page that is not full is every match: no second pass over the index to count.
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const n = statement(db, count).get(params)?.n;
  return { rows, total: Number(n ?? 0) };
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
