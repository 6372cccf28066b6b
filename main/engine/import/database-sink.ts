import type { DatabaseSync } from 'node:sqlite';
import { contactSearchText } from '../../../shared/contacts/search-text';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import type { ContactFate, RowSink } from './import-pipeline';

const SQL = {
  insertContact: `INSERT OR IGNORE INTO contacts
    (list_id, phone, country, fields_json, warning, source_row, import_run_id, created_at, search,
      raw_phone)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  existing: `SELECT import_run_id, source_row FROM contacts WHERE list_id = ? AND phone = ?`,
  suppressed: `SELECT 1 AS hit FROM suppressions WHERE phone = ?`,
  columns: `SELECT columns_json FROM contact_lists WHERE id = ?`,
  insertIssue: `INSERT INTO import_issues (run_id, row, kind, reason, detail, raw_phone, raw_line)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
} as const;

/**
 * Writes an import's rows: contacts into the list, issues into the run's report.
 *
 * De-duplication rides on UNIQUE(list_id, phone): INSERT OR IGNORE, and only when nothing was
 * inserted is the earlier row looked up to say whether it came from this file or was already
 * in the list. No in-memory set, so memory does not grow with the file. Positional parameters
 * on the hot path: they skip building an object per row.
 */
export function createDatabaseSink(
  db: DatabaseSync,
  target: { listId: number; runId: number; checkSuppressions: boolean },
): RowSink {
  const { listId, runId, checkSuppressions } = target;
  const insert = statement(db, SQL.insertContact);
  const existing = statement(db, SQL.existing);
  const suppressed = statement(db, SQL.suppressed);
  const issue = statement(db, SQL.insertIssue);
  // The list's columns as the import set them, for each field's marker in the search text.
  const columnsJson = statement(db, SQL.columns).get(listId)?.columns_json;
  const columns = JSON.parse(String(columnsJson ?? '[]')) as string[];
  let now = '';
  return {
    batch(work) {
      now = new Date().toISOString();
      inTransaction(db, work);
    },
    place(contact): ContactFate {
      const { phone } = contact;
      if (checkSuppressions && suppressed.get(phone) !== undefined) {
        return { kind: 'suppressed', detail: `${phone} is on the opt-out list.` };
      }
      const warning =
        contact.warnings.length === 0 ? null : contact.warnings.map((w) => w.reason).join(',');
      const fields = JSON.stringify(contact.fields);
      const result = insert.run(
        listId,
        phone,
        contact.country,
        fields,
        warning,
        contact.row,
        runId,
        now,
        // Written here rather than by the table's trigger: one write per row instead of two.
        contactSearchText(phone, contact.fields, columns),
        contact.readWithCountry ? contact.rawPhone.slice(0, 100) : null,
      );
      if (Number(result.changes) > 0) return { kind: 'imported' };
      const prior = existing.get(listId, phone);
      if (prior && Number(prior.import_run_id) === runId) {
        return {
          kind: 'duplicate',
          reason: 'duplicate_in_file',
          detail: `Same number as row ${String(prior.source_row)} (${phone}).`,
        };
      }
      return {
        kind: 'duplicate',
        reason: 'already_in_list',
        detail: `${phone} is already in the list.`,
      };
    },
    report(row) {
      issue.run(runId, row.row, row.kind, row.reason, row.detail, row.rawPhone, row.rawLine);
    },
  };
}
