import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { toCountryCode } from '../phone/normalize-phone';

export const listNameSchema = z.string().trim().min(1, 'Give the list a name').max(100);

// The contact count, and the import still running into the list (if one is).
const COUNTS = `(SELECT COUNT(*) FROM contacts c WHERE c.list_id = l.id) AS contact_count,
  (SELECT MAX(r.id) FROM import_runs r WHERE r.list_id = l.id AND r.status = 'running') AS import_run`;

const SQL = {
  insert: `INSERT INTO contact_lists (name, default_country, columns_json, phone_column, created_at, updated_at)
    VALUES (:name, :country, '[]', NULL, :now, :now)`,
  byId: `SELECT l.*, ${COUNTS} FROM contact_lists l WHERE l.id = :id`,
  all: `SELECT l.*, ${COUNTS} FROM contact_lists l ORDER BY l.name COLLATE NOCASE, l.id`,
  idByName: `SELECT id FROM contact_lists WHERE name = :name`,
  rename: `UPDATE contact_lists SET name = :name, updated_at = :now WHERE id = :id`,
  setCountry: `UPDATE contact_lists SET default_country = :country, updated_at = :now WHERE id = :id`,
  setShape: `UPDATE contact_lists SET columns_json = :columns, phone_column = :phoneColumn,
    default_country = :country, headers_json = :headers, updated_at = :now WHERE id = :id`,
  delete: `DELETE FROM contact_lists WHERE id = :id`,
} as const;

export function createList(
  db: DatabaseSync,
  input: { name: string; defaultCountry?: string | null },
): ContactListView {
  const name = parseName(input.name);
  assertNameFree(db, name, null);
  const result = statement(db, SQL.insert).run({
    name,
    country: countryOrNull(input.defaultCountry),
    now: new Date().toISOString(),
  });
  return getList(db, Number(result.lastInsertRowid));
}

export function getList(db: DatabaseSync, id: number): ContactListView {
  const row = statement(db, SQL.byId).get({ id });
  if (!row) throw new AppFailure('NOT_FOUND', 'That contact list no longer exists.');
  return toList(row);
}

export function listLists(db: DatabaseSync): ContactListView[] {
  return statement(db, SQL.all).all().map(toList);
}

export function renameList(db: DatabaseSync, id: number, newName: string): ContactListView {
  const name = parseName(newName);
  getList(db, id);
  assertNameFree(db, name, id);
  statement(db, SQL.rename).run({ id, name, now: new Date().toISOString() });
  return getList(db, id);
}

export function setListDefaultCountry(
  db: DatabaseSync,
  id: number,
  country: string | null,
): ContactListView {
  getList(db, id);
  statement(db, SQL.setCountry).run({
    id,
    country: countryOrNull(country),
    now: new Date().toISOString(),
  });
  return getList(db, id);
}

/** What an import changes about a list (and puts back when it is undone). */
export interface ListShape {
  readonly columns: readonly string[];
  readonly phoneColumn: string | null;
  readonly defaultCountry: string | null;
  /** Field key → column title as written in the file; runs from before it existed have none. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Records the columns an import brought in; used by the importer, and to undo it. */
export function setListShape(
  db: DatabaseSync,
  id: number,
  shape: ListShape,
  now = new Date().toISOString(),
): void {
  statement(db, SQL.setShape).run({
    id,
    columns: JSON.stringify(shape.columns),
    phoneColumn: shape.phoneColumn,
    country: shape.defaultCountry,
    headers: JSON.stringify(shape.headers ?? {}),
    now,
  });
}

/** Deletes the list and (by cascade) its contacts; past import runs keep their report. */
export function deleteList(db: DatabaseSync, id: number): void {
  const result = statement(db, SQL.delete).run({ id });
  if (Number(result.changes) === 0) {
    throw new AppFailure('NOT_FOUND', 'That contact list no longer exists.');
  }
}

/**
 * Refuses lists whose import has not finished as a campaign's audience or exclusions: their rows
 * are a part of a file, and a failed undo must never leave a partial list that can be sent to.
 */
export function assertListsReady(db: DatabaseSync, ids: readonly number[]): void {
  for (const id of ids) {
    const row = statement(db, SQL.byId).get({ id });
    if (!row || row.import_run === null) continue;
    throw new AppFailure(
      'CONFLICT',
      `The list "${String(row.name)}" is not usable yet: an import into it has not finished ` +
        '(or was interrupted and is still being undone). Wait for it, then try again.',
    );
  }
}

function parseName(name: string): string {
  const parsed = listNameSchema.safeParse(name);
  if (!parsed.success) {
    throw new AppFailure('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid list name', {
      name: parsed.error.issues[0]?.message ?? 'Invalid list name',
    });
  }
  return parsed.data;
}

function assertNameFree(db: DatabaseSync, name: string, exceptId: number | null): void {
  const row = statement(db, SQL.idByName).get({ name });
  if (row && Number(row.id) !== exceptId) {
    const message = `A list named "${name}" already exists.`;
    throw new AppFailure('CONFLICT', message, { name: message });
  }
}

function countryOrNull(country: string | null | undefined): string | null {
  if (country === null || country === undefined || country === '') return null;
  const code = toCountryCode(country);
  if (!code) throw new AppFailure('INVALID_INPUT', `"${country}" is not a country code we know.`);
  return code;
}

function toList(row: Record<string, unknown>): ContactListView {
  return {
    id: Number(row.id),
    name: String(row.name),
    defaultCountry: row.default_country === null ? null : String(row.default_country),
    columns: JSON.parse(String(row.columns_json)) as string[],
    phoneColumn: row.phone_column === null ? null : String(row.phone_column),
    headers: parseHeaders(row.headers_json),
    contactCount: Number(row.contact_count),
    // 'running' until the engine that serves the list says otherwise (it knows its own imports).
    importing: row.import_run === null ? null : { runId: Number(row.import_run), state: 'running' },
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

function parseHeaders(value: unknown): Record<string, string> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [key, title] of Object.entries(parsed))
      if (typeof title === 'string') out[key] = title;
    return out;
  } catch {
    return {};
  }
}
