import type { DatabaseSync, StatementSync } from 'node:sqlite';

const caches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * Returns a prepared statement for `sql` on `db`, preparing it once per connection.
 *
 * Modules keep their SQL as named constants and call this at use time, so statements are reused
 * across calls (a million-row import prepares its INSERT once) without a module-level handle
 * tied to one connection.
 */
export function statement(db: DatabaseSync, sql: string): StatementSync {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
