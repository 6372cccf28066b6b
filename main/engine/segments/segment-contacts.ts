import type { DatabaseSync } from 'node:sqlite';
import type { SegmentFilter } from '../../../shared/contacts/segment-types';
import { getList } from '../contacts/contact-list';
import { assertFilterFits } from './segment-store';
import { compileConditions } from './segment-sql';

export interface SegmentCount {
  /** Contacts of the list the conditions select. */
  readonly count: number;
  /** Contacts in the list. */
  readonly total: number;
}

// Both read `contacts_search` in list order: the conditions are tested on the index entry, and
// only a selected contact's row is read (for its fields).
const FROM = 'FROM contacts INDEXED BY contacts_search WHERE list_id = :listId';

/** How many of the list's contacts the filter selects: one index-only SQL count. */
export function countSegment(db: DatabaseSync, filter: SegmentFilter): SegmentCount {
  const list = assertFilterFits(db, filter);
  const { where, params } = compileConditions(filter.match, filter.conditions, list.columns);
  const count = db
    .prepare(`SELECT COUNT(*) AS n ${FROM} AND (${where})`)
    .get({ ...params, listId: filter.listId });
  return { count: Number(count?.n ?? 0), total: list.contactCount };
}

export interface SegmentRow {
  readonly phone: string;
  readonly country: string | null;
  readonly fieldsJson: string;
}

/** The contacts a segment selects, in list order, streamed (a million-row list needs no array). */
export function* iterateSegment(db: DatabaseSync, filter: SegmentFilter): Generator<SegmentRow> {
  const { columns } = getList(db, filter.listId);
  const { where, params } = compileConditions(filter.match, filter.conditions, columns);
  const stmt = db.prepare(
    `SELECT phone, country, fields_json ${FROM} AND (${where}) ORDER BY list_id, id`,
  );
  for (const row of stmt.iterate({ ...params, listId: filter.listId })) {
    yield {
      phone: String(row.phone),
      country: row.country === null ? null : String(row.country),
      fieldsJson: String(row.fields_json),
    };
  }
}
