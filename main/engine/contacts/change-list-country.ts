import type { DatabaseSync } from 'node:sqlite';
import type { ListCountryChange } from '../../../shared/contacts/import-types';
import { invalidPhoneDetail } from '../phone/describe-invalid-phone';
import { normalizePhone, toCountryCode } from '../phone/normalize-phone';
import { statement } from '../db/statement-cache';
import { getList } from './contact-list';
import { AppFailure } from '../../../shared/contract/result';

const SQL = {
  national: `SELECT id, phone, raw_phone FROM contacts
    WHERE list_id = :listId AND raw_phone IS NOT NULL AND id > :after ORDER BY id LIMIT 5000`,
  international: `SELECT COUNT(*) AS n FROM contacts WHERE list_id = :listId AND raw_phone IS NULL`,
  holder: `SELECT id FROM contacts WHERE list_id = :listId AND phone = :phone`,
  update: `UPDATE contacts SET phone = :phone, country = :country WHERE id = :id`,
  setCountry: `UPDATE contact_lists SET default_country = :country, updated_at = :now WHERE id = :listId`,
} as const;

const SHOWN = 50;

/**
 * Changes a list's default country and re-reads the numbers that depend on it: those written
 * without a country code (kept as written at import). Numbers written with "+" or "00" do not
 * change. A number the new country cannot read, or that would repeat another contact's, is left
 * as it was and listed. With `apply: false` nothing is saved: the same report is a preview.
 */
export function changeListCountry(
  db: DatabaseSync,
  listId: number,
  country: string | null,
  apply: boolean,
): ListCountryChange {
  const list = getList(db, listId);
  const code = toCountryCode(country);
  if (country !== null && !code) {
    throw new AppFailure('INVALID_INPUT', `"${country}" is not a country code we know.`);
  }
  const report = {
    listId,
    from: list.defaultCountry,
    to: code ?? null,
    applied: apply,
    reread: 0,
    changed: 0,
    unchanged: 0,
    unreadable: 0,
    repeats: 0,
    international: Number(statement(db, SQL.international).get({ listId })?.n ?? 0),
    examples: [] as ListCountryChange['examples'][number][],
    problems: [] as ListCountryChange['problems'][number][],
  };
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let after = 0; ;) {
      const rows = statement(db, SQL.national).all({ listId, after });
      if (rows.length === 0) break;
      for (const row of rows) {
        const id = Number(row.id);
        const phone = String(row.phone);
        const raw = String(row.raw_phone);
        report.reread++;
        const next = normalizePhone(raw, code);
        if (!next.ok) {
          report.unreadable++;
          if (report.problems.length < SHOWN) {
            report.problems.push({
              raw,
              phone,
              detail: invalidPhoneDetail(next.reason, raw, code),
            });
          }
          continue;
        }
        if (next.e164 === phone) {
          report.unchanged++;
          continue;
        }
        const holder = statement(db, SQL.holder).get({ listId, phone: next.e164 });
        if (holder) {
          report.repeats++;
          if (report.problems.length < SHOWN) {
            report.problems.push({
              raw,
              phone,
              detail: `Read with ${code ?? 'no country'} it is ${next.e164}, which another contact in the list already has; it was left as ${phone}.`,
            });
          }
          continue;
        }
        statement(db, SQL.update).run({ id, phone: next.e164, country: next.country });
        report.changed++;
        if (report.examples.length < SHOWN)
          report.examples.push({ raw, before: phone, after: next.e164 });
      }
      after = Number(rows[rows.length - 1]?.id ?? after);
    }
    statement(db, SQL.setCountry).run({
      listId,
      country: code ?? null,
      now: new Date().toISOString(),
    });
    db.exec(apply ? 'COMMIT' : 'ROLLBACK');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return report;
}
