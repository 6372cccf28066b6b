import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { suppressedAmong } from '../contacts/suppression-list';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import type { ContactBlock } from './contact-block';
import type { ContactFate, RowSink } from './import-pipeline';

const SQL = {
  columns: `SELECT columns_json FROM contact_lists WHERE id = ?`,
  existing: `SELECT import_run_id, source_row FROM contacts WHERE list_id = ? AND phone = ?`,
  insertIssue: `INSERT INTO import_issues (run_id, row, kind, reason, detail, raw_phone, raw_line)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
} as const;

// Contacts per INSERT statement. One statement of many rows costs a fraction of as many
// one-row statements (measured here: 2.4 against 3.3 µs a row); past ~100 rows it stops paying.
const GROUP = 128;
// Bound per contact: phone, country, fields_json, warning, source_row, created_at, search, raw_phone.
const PER_ROW = 8;

/**
 * Writes an import's rows: contacts into the list, issues into the run's report.
 *
 * De-duplication rides on UNIQUE(list_id, phone): each group of contacts is one INSERT OR
 * IGNORE … RETURNING source_row, so the rows that lost to the index are known without a query;
 * only those (about 1 % in a typical file) are looked up, to say whether the stored one came
 * from this file (a repeat of row N) or was already in the list. No in-memory set, so memory
 * does not grow with the file. The opt-out list is checked first, one query per block.
 */
export function createDatabaseSink(
  db: DatabaseSync,
  target: { listId: number; runId: number; checkSuppressions: boolean },
): RowSink {
  const { listId, runId, checkSuppressions } = target;
  const issue = statement(db, SQL.insertIssue);
  // The list's columns as the import set them, for each field's marker in the search text.
  const columnsJson = statement(db, SQL.columns).get(listId)?.columns_json;
  const columns = JSON.parse(String(columnsJson ?? '[]')) as string[];
  const groups = new GroupStatements(db, listId, runId);
  let now = '';
  return {
    wants: { fields: true, searchColumns: columns },
    batch(work) {
      now = new Date().toISOString();
      inTransaction(db, work);
    },
    place(block) {
      const fates = new Map<number, ContactFate>();
      const { phones } = block;
      const suppressed = checkSuppressions ? suppressedAmong(db, phones) : null;
      const candidates: number[] = [];
      for (let i = 0; i < phones.length; i++) {
        const phone = phones[i] as string;
        if (suppressed?.has(phone)) {
          fates.set(i, { kind: 'suppressed', detail: `${phone} is on the opt-out list.` });
        } else candidates.push(i);
      }
      for (let start = 0; start < candidates.length;) {
        const size = groupSize(candidates.length - start);
        const group = candidates.slice(start, start + size);
        start += size;
        const stored = groups.insert(block, group, now);
        if (stored.size < group.length) groups.resolve(block, group, stored, fates);
      }
      return fates;
    },
    report(row) {
      issue.run(runId, row.row, row.kind, row.reason, row.detail, row.rawPhone, row.rawLine);
    },
  };
}

/** GROUP, or the largest power of two that fits what is left (a few statements cover any size). */
function groupSize(left: number): number {
  if (left >= GROUP) return GROUP;
  let size = 1;
  while (size * 2 <= left) size *= 2;
  return size;
}

/** The INSERT for each group size, prepared once per import, and the look-up of a lost row. */
class GroupStatements {
  private readonly inserts = new Map<number, { stmt: StatementSync; args: unknown[] }>();
  private readonly existing: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    private readonly listId: number,
    private readonly runId: number,
  ) {
    this.existing = statement(db, SQL.existing);
  }

  /** Inserts the group's contacts; returns the source rows of those that were stored. */
  insert(block: ContactBlock, group: readonly number[], now: string): Set<number> {
    const { stmt, args } = this.insertFor(group.length);
    let a = 0;
    for (const i of group) {
      args[a++] = block.phones[i];
      args[a++] = block.countries[i];
      args[a++] = block.fieldsJson[i];
      args[a++] = block.warningCodes[i];
      args[a++] = block.rows[i];
      args[a++] = now;
      args[a++] = block.search[i];
      args[a++] = block.readWithCountry[i] ? block.rawPhones[i] : null;
    }
    const stored = new Set<number>();
    for (const r of stmt.all(...(args as never[])) as unknown as number[][]) {
      stored.add(r[0] as number);
    }
    return stored;
  }

  /** Says for each contact of the group that was not stored why: a repeat of a row, or of the list. */
  resolve(
    block: ContactBlock,
    group: readonly number[],
    stored: ReadonlySet<number>,
    fates: Map<number, ContactFate>,
  ): void {
    for (const i of group) {
      if (stored.has(block.rows[i] as number)) continue;
      const phone = block.phones[i] as string;
      const prior = this.existing.get(this.listId, phone);
      fates.set(
        i,
        prior && Number(prior.import_run_id) === this.runId
          ? {
              kind: 'duplicate',
              reason: 'duplicate_in_file',
              detail: `Same number as row ${String(prior.source_row)} (${phone}).`,
            }
          : {
              kind: 'duplicate',
              reason: 'already_in_list',
              detail: `${phone} is already in the list.`,
            },
      );
    }
  }

  private insertFor(size: number) {
    let entry = this.inserts.get(size);
    if (!entry) {
      // The list and run are integers of ours, written into the text: fewer values to bind.
      const row = `(${this.listId}, ?, ?, ?, ?, ?, ${this.runId}, ?, ?, ?)`;
      const stmt = this.db.prepare(
        `INSERT OR IGNORE INTO contacts (list_id, phone, country, fields_json, warning,
          source_row, import_run_id, created_at, search, raw_phone)
         VALUES ${Array.from({ length: size }, () => row).join(', ')}
         RETURNING source_row`,
      );
      // Arrays, not an object per stored row.
      stmt.setReturnArrays(true);
      entry = { stmt, args: new Array<unknown>(size * PER_ROW) };
      this.inserts.set(size, entry);
    }
    return entry;
  }
}
