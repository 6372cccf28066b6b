import type { DatabaseSync } from 'node:sqlite';
import { contactSearchText, foldText } from '../../../shared/contacts/search-text';

/**
 * SQL functions our schema and queries use, registered on every connection `openDatabase` makes
 * (a connection without them cannot insert contacts: the search-text triggers call them).
 *
 * - `peaksend_fold(text)`: `foldText`, for segment conditions on non-ASCII values.
 * - `peaksend_search_text(phone, fields_json)`: `contactSearchText`, for rows written without
 *   their search text (the backfill, edits, and any INSERT that leaves it out).
 *
 * Both are deterministic, so SQLite may use them in triggers and expressions it caches.
 */
export function registerSqlFunctions(db: DatabaseSync): void {
  db.function('peaksend_fold', { deterministic: true }, (value) =>
    typeof value === 'string' ? foldText(value) : null,
  );
  db.function('peaksend_search_text', { deterministic: true }, (phone, fieldsJson) => {
    const fields = typeof fieldsJson === 'string' ? parseFields(fieldsJson) : {};
    return contactSearchText(typeof phone === 'string' ? phone : '', fields);
  });
}

function parseFields(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
    return out;
  } catch {
    return {};
  }
}
