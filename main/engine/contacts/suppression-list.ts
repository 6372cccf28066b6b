import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import {
  suppressionSources,
  type AddSuppressionsView,
  type SuppressionSource,
  type SuppressionView,
} from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { invalidPhoneDetail } from '../phone/describe-invalid-phone';
import { normalizePhone, toCountryCode } from '../phone/normalize-phone';
import { phoneSearchPatterns } from './phone-search';

const suppressionSourceSchema = z.enum(suppressionSources);

const SQL = {
  insert: `INSERT OR IGNORE INTO suppressions (phone, source, note, created_at)
    VALUES (?, ?, ?, ?)`,
  delete: `DELETE FROM suppressions WHERE phone = :phone`,
  exists: `SELECT 1 AS hit FROM suppressions WHERE phone = ?`,
  among: `SELECT phone FROM suppressions WHERE phone IN (SELECT value FROM json_each(?))`,
  all: `SELECT phone FROM suppressions`,
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
): AddSuppressionsView {
  const country = toCountryCode(options.defaultCountry);
  const now = new Date().toISOString();
  const invalid: AddSuppressionsView['invalid'] = [];
  let added = 0;
  let alreadySuppressed = 0;
  inTransaction(db, () => {
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
      const entry = { phone: phone.e164, source: options.source, note: options.note ?? null };
      if (insertSuppression(db, { ...entry, at: now })) added++;
      else alreadySuppressed++;
    }
  });
  return { added, alreadySuppressed, invalid };
}

/** Adds one normalised number; false when it was already on the list (the first entry stays). */
export function insertSuppression(
  db: DatabaseSync,
  entry: { phone: string; source: SuppressionSource; note: string | null; at: string },
): boolean {
  const { changes } = statement(db, SQL.insert).run(
    entry.phone,
    entry.source,
    entry.note,
    entry.at,
  );
  return Number(changes) > 0;
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

/** Which of `phones` are on the opt-out list (one query for a whole batch of candidates). */
export function suppressedAmong(db: DatabaseSync, phones: readonly string[]): Set<string> {
  if (phones.length === 0) return new Set();
  const rows = statement(db, SQL.among).all(JSON.stringify(phones));
  return new Set(rows.map((r) => String(r.phone)));
}

/** The whole opt-out list, for one pass over a large audience. */
export function allSuppressedPhones(db: DatabaseSync): Set<string> {
  const out = new Set<string>();
  for (const r of statement(db, SQL.all).iterate()) out.add(String(r.phone));
  return out;
}

/** A cheap check so an import can skip per-row lookups when nobody has opted out yet. */
export function hasSuppressions(db: DatabaseSync): boolean {
  return statement(db, SQL.any).get() !== undefined;
}

export function listSuppressions(
  db: DatabaseSync,
  query: { search?: string; offset?: number; limit?: number } = {},
): { rows: SuppressionView[]; total: number } {
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
