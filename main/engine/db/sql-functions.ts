import type { DatabaseSync } from 'node:sqlite';
import { contactSearchText } from '../../../shared/contacts/search-text';

/**
 * SQL functions our schema uses, registered on every connection `openDatabase` makes (a
 * connection without them cannot write contacts: the search-text triggers call them).
 *
 * `peaksend_search_text(phone, fields_json, columns_json)` is `contactSearchText`, for rows
 * written without their search text (the backfill, edits, and any INSERT that leaves it out).
 * Deterministic, so SQLite may use it in triggers.
 */
export function registerSqlFunctions(db: DatabaseSync): void {
  db.function('peaksend_search_text', { deterministic: true }, (phone, fieldsJson, columnsJson) =>
    contactSearchText(
      typeof phone === 'string' ? phone : '',
      stringRecord(fieldsJson),
      stringList(columnsJson),
    ),
  );
}

function parsed(json: unknown): unknown {
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function stringRecord(json: unknown): Record<string, string> {
  const value = parsed(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}

function stringList(json: unknown): string[] {
  const value = parsed(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
