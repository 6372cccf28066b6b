import type { DatabaseSync } from 'node:sqlite';

export interface AudienceContact {
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Record<string, string>;
  /** The stored JSON of `fields`, so copying it into the ledger needs no re-serialising. */
  readonly fieldsJson: string;
}

/** The merge fields the audience offers: the union of its lists' columns, in list order. */
export function audienceFields(db: DatabaseSync, listIds: readonly number[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stmt = db.prepare('SELECT columns_json FROM contact_lists WHERE id = ?');
  for (const id of listIds) {
    const row = stmt.get(id);
    if (!row) continue;
    for (const name of JSON.parse(String(row.columns_json)) as string[]) {
      if (!seen.has(name)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}

/**
 * Walks the audience: the contacts of `listIds` (a phone in several lists counts once, with the
 * first list's fields), minus everyone in `excludeListIds`. Streams rows so a million-contact
 * audience needs no big array. Suppression is decided by the caller.
 */
export function* iterateAudience(
  db: DatabaseSync,
  listIds: readonly number[],
  excludeListIds: readonly number[],
): Generator<AudienceContact> {
  if (listIds.length === 0) return;
  const excluded = new Set<string>();
  const exclude = db.prepare('SELECT phone FROM contacts WHERE list_id = ?');
  for (const id of excludeListIds) {
    for (const row of exclude.iterate(id)) excluded.add(String(row.phone));
  }
  const seen = listIds.length > 1 ? new Set<string>() : null;
  const stmt = db.prepare(
    'SELECT phone, country, fields_json FROM contacts WHERE list_id = ? ORDER BY id',
  );
  for (const id of listIds) {
    for (const row of stmt.iterate(id)) {
      const phone = String(row.phone);
      if (excluded.has(phone)) continue;
      if (seen) {
        if (seen.has(phone)) continue;
        seen.add(phone);
      }
      const fieldsJson = String(row.fields_json);
      yield {
        phone,
        country: row.country === null ? null : String(row.country),
        fields: JSON.parse(fieldsJson) as Record<string, string>,
        fieldsJson,
      };
    }
  }
}
