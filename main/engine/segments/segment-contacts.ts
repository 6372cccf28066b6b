import type { DatabaseSync } from 'node:sqlite';
import type { SegmentFilter } from '../../../shared/contacts/segment-types';
import { assertFilterFits } from './segment-store';
import { compileConditions } from './segment-sql';

export interface SegmentCount {
  /** Contacts of the list the conditions select. */
  readonly count: number;
  /** Contacts in the list. */
  readonly total: number;
}

/** How many of the list's contacts the filter selects: one SQL count, no rows leave SQLite. */
export function countSegment(db: DatabaseSync, filter: SegmentFilter): SegmentCount {
  assertFilterFits(db, filter);
  const { where, params } = compileConditions(filter.match, filter.conditions);
  const count = db
    .prepare(`SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId AND (${where})`)
    .get({ ...params, listId: filter.listId });
  const total = db
    .prepare('SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId')
    .get({ listId: filter.listId });
  return { count: Number(count?.n ?? 0), total: Number(total?.n ?? 0) };
}

export interface SegmentRow {
  readonly phone: string;
  readonly country: string | null;
  readonly fieldsJson: string;
}

/** The contacts a segment selects, in list order, streamed (a million-row list needs no array). */
export function* iterateSegment(db: DatabaseSync, filter: SegmentFilter): Generator<SegmentRow> {
  const { where, params } = compileConditions(filter.match, filter.conditions);
  const stmt = db.prepare(
    `SELECT phone, country, fields_json FROM contacts WHERE list_id = :listId AND (${where})
     ORDER BY id`,
  );
  for (const row of stmt.iterate({ ...params, listId: filter.listId })) {
    yield {
      phone: String(row.phone),
      country: row.country === null ? null : String(row.country),
      fieldsJson: String(row.fields_json),
    };
  }
}
