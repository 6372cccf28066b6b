import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract/result';
import { inTransaction } from '../db/transaction';
import { invalidPhoneDetail } from '../import/import-issue';
import { normalizePhone, toCountryCode, type PhoneInvalidReason } from '../import/normalize-phone';
import { phoneSearchPatterns } from './phone-search';
import { statement } from './statement-cache';

/** Where an opt-out came from: typed in, a CSV, a STOP reply, or reported by the API. */
export const suppressionSources = ['manual', 'import', 'reply', 'api'] as const;
export type SuppressionSource = (typeof suppressionSources)[number];
export const suppressionSourceSchema = z.enum(suppressionSources);

export interface Suppression {
  readonly phone: string;
  readonly source: SuppressionSource;
  readonly note: string | null;
  readonly createdAt: string;
}

export interface AddSuppressionsResult {
  readonly added: number;
  readonly alreadySuppressed: number;
  readonly invalid: { input: string; reason: PhoneInvalidReason; detail: string }[];
}

const SQL = {
  insert: `INSERT OR IGNORE INTO suppressions (phone, source, note, created_at)
    VALUES (?, ?, ?, ?)`,
  delete: `DELETE FROM suppressions WHERE phone = :phone`,
  exists: `SELECT 1 AS hit FROM suppressions WHERE phone = ?`,
  any: `SELECT 1 AS hit FROM suppressions LIMIT 1`,
  page: `SELECT phone, source, note, created_at FROM suppressions
    WHERE (:all = 1 OR phone LIKE :p1 OR phone LIKE :p2)
    ORDER BY created_at DESC, phone LIMIT :limit OFFSET :offset`,
  count: `SELECT COUNT(*) AS n FROM suppressions WHERE (:all = 1 OR phone LIKE :p1 OR phone LIKE :p2)`,
} as const;

/**
 * Adds numbers to the opt-out list, normalising each like an import does (national forms need
 * `defaultCountry`). Unusable inputs are returned, not thrown, so a pasted list partly succeeds.
 */
export function addSuppressions(
  db: DatabaseSync,
  phones: readonly string[],
  options: { source: SuppressionSource; note?: string | null; defaultCountry?: string | null },
): AddSuppressionsResult {
  const country = toCountryCode(options.defaultCountry);
  const now = new Date().toISOString();
  const invalid: AddSuppressionsResult['invalid'] = [];
  let added = 0;
  let alreadySuppressed = 0;
  inTransaction(db, () => {
    const insert = statement(db, SQL.insert);
    for (const input of phones) {
      const phone = normalizePhone(input, country);
      if (!phone.ok) {
        invalid.push({
          input,
          reason: phone.reason,
          detail: invalidPhoneDetail(phone.reason, input, country),
        });
        continue;
      }
      const changes = Number(
        insert.run(phone.e164, options.source, options.note ?? null, now).changes,
      );
      if (changes > 0) added++;
      else alreadySuppressed++;
    }
  });
  return { added, alreadySuppressed, invalid };
}

/** Removes one number (any notation); false when it was not on the list. */
export function removeSuppression(
  db: DatabaseSync,
  phone: string,
  defaultCountry?: string | null,
): boolean {
  const normalized = normalizePhone(phone, toCountryCode(defaultCountry));
  if (!normalized.ok) {
    throw new AppFailure('INVALID_INPUT', invalidPhoneDetail(normalized.reason, phone, undefined));
  }
  return Number(statement(db, SQL.delete).run({ phone: normalized.e164 }).changes) > 0;
}

export function isSuppressed(db: DatabaseSync, e164: string): boolean {
  return statement(db, SQL.exists).get(e164) !== undefined;
}

/** A cheap check so an import can skip per-row lookups when nobody has opted out yet. */
export function hasSuppressions(db: DatabaseSync): boolean {
  return statement(db, SQL.any).get() !== undefined;
}

export function listSuppressions(
  db: DatabaseSync,
  query: { search?: string; offset?: number; limit?: number } = {},
): { rows: Suppression[]; total: number } {
  const search = (query.search ?? '').trim();
  const patterns = phoneSearchPatterns(search);
  // Text that is not a number matches nothing rather than everything.
  const [p1, p2] = patterns ?? ['', ''];
  const params = { all: search === '' ? 1 : 0, p1, p2 };
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const rows = statement(db, SQL.page).all({ ...params, limit, offset });
  const count = statement(db, SQL.count).get(params);
  return {
    rows: rows.map((row) => ({
      phone: String(row.phone),
      source: suppressionSourceSchema.catch('manual').parse(row.source),
      note: row.note === null ? null : String(row.note),
      createdAt: String(row.created_at),
    })),
    total: Number(count?.n ?? 0),
  };
}
