import type { DatabaseSync } from 'node:sqlite';
import type { z } from 'zod';

/**
 * Engine-side settings (price table, quiet-hour presets) as JSON rows; each read is parsed with
 * its schema, and a value that no longer parses falls back to the default instead of crashing.
 */
export class SettingsStore {
  constructor(private readonly db: DatabaseSync) {}

  get<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
    const row = this.db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key);
    if (!row) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(String(row.value_json)));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
      )
      .run(key, JSON.stringify(value));
  }
}
