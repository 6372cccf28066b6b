import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { priceTableSchema, type PriceTable } from '../../../shared/pricing/price-table';
import {
  defaultQuietHoursPolicy,
  quietHoursPolicySchema,
  type QuietHoursPolicy,
} from '../../../shared/schedule/quiet-hours-policy';
import { statement } from '../db/statement-cache';

const SQL = {
  get: 'SELECT value_json FROM settings WHERE key = ?',
  set: `INSERT INTO settings (key, value_json) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`,
} as const;

const countrySchema = z.string().regex(/^[A-Z]{2}$/);

/** What the CLI remembers of a stream (`cli:<base-url>`) so `resume` needs only the token. */
const cliStreamSchema = z.object({
  baseUrl: z.string(),
  rateLimit: z.number().positive(),
  sender: z.string(),
});
export type CliStreamSettings = z.infer<typeof cliStreamSchema>;

/**
 * Engine-side settings (price table, quiet-hour presets) as JSON rows, one typed accessor per
 * setting so the key, its schema and its default are written once. Each read is parsed with its
 * schema, and a value that no longer parses falls back to the default instead of crashing.
 */
export class SettingsStore {
  constructor(private readonly db: DatabaseSync) {}

  priceTable(): PriceTable {
    return this.read('priceTable', priceTableSchema, []);
  }

  setPriceTable(table: PriceTable): void {
    this.write('priceTable', table);
  }

  quietHours(): QuietHoursPolicy {
    return this.read('quietHours', quietHoursPolicySchema, defaultQuietHoursPolicy);
  }

  setQuietHours(policy: QuietHoursPolicy): void {
    this.write('quietHours', policy);
  }

  /** Settings' default country (test sends, numbers typed by hand); null: the locale's. */
  defaultCountry(): string | null {
    return this.read('defaultCountry', countrySchema.nullable(), null);
  }

  setDefaultCountry(country: string | null): void {
    this.write('defaultCountry', country);
  }

  /** The country the last import used: the next import's suggestion. */
  lastImportCountry(): string | null {
    return this.read('lastImportCountry', countrySchema.nullable(), null);
  }

  setLastImportCountry(country: string | null): void {
    this.write('lastImportCountry', country);
  }

  cliStream(streamId: string): CliStreamSettings | null {
    return this.read(`cliStream:${streamId}`, cliStreamSchema.nullable(), null);
  }

  setCliStream(streamId: string, stream: CliStreamSettings): void {
    this.write(`cliStream:${streamId}`, stream);
  }

  private read<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
    const row = statement(this.db, SQL.get).get(key);
    if (!row) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(String(row.value_json)));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  private write(key: string, value: unknown): void {
    statement(this.db, SQL.set).run(key, JSON.stringify(value));
  }
}
