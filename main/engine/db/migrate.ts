import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migration';
import { inTransaction } from './transaction';

function hashOf(m: Migration): string {
  return createHash('sha256').update(m.sql).digest('hex');
}

/**
 * Applies pending migrations in id order; refuses to run over an applied migration that changed.
 * `beforeApplying` runs once, before the first pending migration of a database that already had
 * some applied (the moment to take a backup); never for a new database or one that is current.
 */
export function migrate(
  db: DatabaseSync,
  list: readonly Migration[],
  beforeApplying?: (pending: readonly number[]) => void,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS _migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Map<number, string>();
  for (const row of db.prepare('SELECT id, hash FROM _migrations').all()) {
    applied.set(Number(row.id), String(row.hash));
  }
  const sorted = [...list].sort((a, b) => a.id - b.id);
  sorted.forEach((m, i) => {
    if (m.id !== i + 1) throw new Error(`Migration ids must be 1..n without gaps; found ${m.id}`);
  });
  const pending = sorted.filter((m) => !applied.has(m.id)).map((m) => m.id);
  if (pending.length > 0 && applied.size > 0) beforeApplying?.(pending);
  const ran: number[] = [];
  for (const m of sorted) {
    const known = applied.get(m.id);
    if (known !== undefined) {
      if (known !== hashOf(m)) {
        throw new Error(`Migration ${m.id} (${m.name}) changed after it was applied`);
      }
      continue;
    }
    inTransaction(db, () => {
      db.exec(m.sql);
      db.prepare('INSERT INTO _migrations (id, name, hash, applied_at) VALUES (?, ?, ?, ?)').run(
        m.id,
        m.name,
        hashOf(m),
        new Date().toISOString(),
      );
    });
    ran.push(m.id);
  }
  return ran;
}
