import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import {
  segmentConditionSchema,
  segmentMatchSchema,
  segmentNameSchema,
  type SegmentFilter,
  type SegmentView,
} from '../../../shared/contacts/segment-types';
import { AppFailure } from '../../../shared/contract/result';
import { getList } from '../contacts/contact-list';
import { statement } from '../db/statement-cache';

const SQL = {
  all: `SELECT * FROM segments ORDER BY name COLLATE NOCASE, id`,
  byList: `SELECT * FROM segments WHERE list_id = :listId ORDER BY name COLLATE NOCASE, id`,
  byId: `SELECT * FROM segments WHERE id = :id`,
  idByName: `SELECT id FROM segments WHERE name = :name`,
  insert: `INSERT INTO segments (name, list_id, match, conditions_json, created_at, updated_at)
    VALUES (:name, :listId, :match, :conditions, :now, :now)`,
  update: `UPDATE segments SET name = :name, list_id = :listId, match = :match,
    conditions_json = :conditions, updated_at = :now WHERE id = :id`,
  delete: `DELETE FROM segments WHERE id = :id`,
  usage: `SELECT name FROM campaigns WHERE
      EXISTS (SELECT 1 FROM json_each(segment_ids_json) WHERE value = :id)
      OR EXISTS (SELECT 1 FROM json_each(exclude_segment_ids_json) WHERE value = :id)
    ORDER BY name`,
} as const;

const storedConditions = z.array(segmentConditionSchema);

export function listSegments(db: DatabaseSync, listId?: number): SegmentView[] {
  const rows =
    listId === undefined ? statement(db, SQL.all).all() : statement(db, SQL.byList).all({ listId });
  return rows.map(toSegment);
}

export function getSegment(db: DatabaseSync, id: number): SegmentView {
  const row = statement(db, SQL.byId).get({ id });
  if (!row) throw new AppFailure('NOT_FOUND', 'That segment no longer exists.');
  return toSegment(row);
}

/** The segment when it still exists; campaigns keep the ids of deleted ones and skip them. */
export function findSegment(db: DatabaseSync, id: number): SegmentView | null {
  const row = statement(db, SQL.byId).get({ id });
  return row ? toSegment(row) : null;
}

/** Creates a segment (no `id`) or replaces one; its fields must be the list's. */
export function saveSegment(
  db: DatabaseSync,
  input: SegmentFilter & { id?: number; name: string },
): SegmentView {
  const parsed = segmentNameSchema.safeParse(input.name);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Give the segment a name.';
    throw new AppFailure('INVALID_INPUT', message, { name: message });
  }
  const name = parsed.data;
  if (input.id !== undefined) getSegment(db, input.id);
  assertFilterFits(db, input);
  const taken = statement(db, SQL.idByName).get({ name });
  if (taken && Number(taken.id) !== input.id) {
    const message = `A segment named "${name}" already exists.`;
    throw new AppFailure('CONFLICT', message, { name: message });
  }
  const values = {
    name,
    listId: input.listId,
    match: input.match,
    conditions: JSON.stringify(input.conditions),
    now: new Date().toISOString(),
  };
  if (input.id === undefined) {
    const { lastInsertRowid } = statement(db, SQL.insert).run(values);
    return getSegment(db, Number(lastInsertRowid));
  }
  statement(db, SQL.update).run({ ...values, id: input.id });
  return getSegment(db, input.id);
}

export function deleteSegment(db: DatabaseSync, id: number): void {
  if (Number(statement(db, SQL.delete).run({ id }).changes) === 0) {
    throw new AppFailure('NOT_FOUND', 'That segment no longer exists.');
  }
}

/** Names of the campaigns that send to the segment or leave it out. */
export function segmentUsage(db: DatabaseSync, id: number): string[] {
  return statement(db, SQL.usage)
    .all({ id })
    .map((r) => String(r.name));
}

/** Refuses conditions on fields the list does not have, naming the condition; returns the list. */
export function assertFilterFits(db: DatabaseSync, filter: SegmentFilter): ContactListView {
  const list = getList(db, filter.listId);
  const known = new Set(list.columns);
  filter.conditions.forEach((condition, i) => {
    if (!known.has(condition.field)) {
      const message = `“${list.name}” has no field “${condition.field}”.`;
      throw new AppFailure('INVALID_INPUT', message, { [`conditions.${i}.field`]: message });
    }
  });
  return list;
}

function toSegment(row: Record<string, unknown>): SegmentView {
  return {
    id: Number(row.id),
    name: String(row.name),
    listId: Number(row.list_id),
    match: segmentMatchSchema.parse(row.match),
    conditions: storedConditions.parse(JSON.parse(String(row.conditions_json))),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}
