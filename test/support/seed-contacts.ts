import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../../main/engine/db/transaction';

/**
 * Writes a contact list straight into the database (the import pipeline has its own tests);
 * phones are +4915200000001, +4915200000002, … with first_name and city fields, or `columns`
 * (set before the contacts are written, as an import does, so their search text is right).
 */
export function seedList(
  db: DatabaseSync,
  name: string,
  count: number,
  options: {
    country?: string;
    prefix?: string;
    fields?: (i: number) => Record<string, string>;
    columns?: readonly string[];
    /** The i-th phone (E.164) and its country, instead of `prefix` + i. */
    phone?: (i: number) => { phone: string; country: string };
  } = {},
): number {
  const at = new Date().toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO contact_lists (name, default_country, columns_json, phone_column, created_at, updated_at)
       VALUES (?, ?, ?, 'phone', ?, ?)`,
    )
    .run(
      name,
      options.country ?? 'DE',
      JSON.stringify(options.columns ?? ['first_name', 'city']),
      at,
      at,
    );
  const listId = Number(lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO contacts (list_id, phone, country, fields_json, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const prefix = options.prefix ?? '+49152';
  inTransaction(db, () => {
    for (let i = 1; i <= count; i++) {
      const fields = options.fields?.(i) ?? { first_name: `Name${i}`, city: 'Berlin' };
      const own = options.phone?.(i);
      insert.run(
        listId,
        own?.phone ?? `${prefix}${String(i).padStart(8, '0')}`,
        own?.country ?? options.country ?? 'DE',
        JSON.stringify(fields),
        at,
      );
    }
  });
  return listId;
}
