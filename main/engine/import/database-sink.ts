import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { suppressedAmong } from '../contacts/suppression-list';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import type { ContactBlock } from './contact-block';
import type { ContactFate, RowSink } from './import-pipeline';

const SQL = {
  columns: `SELECT columns_json FROM contact_lists WHERE id = ?`,
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
 * IGNORE, and only a group that lost rows is looked up (one query for the group) to say, for
 * each number, whether its row is the one stored (imported), a repeat of a row of this file, or
 * already in the list. No in-memory set, so memory does not grow with the file. The opt-out
 * list is checked first, a query per block, only when it has numbers at all.
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
        const inserted = groups.insert(block, group, now);
        if (inserted < group.length) groups.resolve(block, group, fates);
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

/** The INSERT and the look-up for each group size, prepared once per import. */
class GroupStatements {
  private readonly inserts = new Map<number, { stmt: StatementSync; args: unknown[] }>();
  private readonly lookups = new Map<number, StatementSync>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly listId: number,
    private readonly runId: number,
  ) {}

  /** Inserts the group's contacts; returns how many were new. */
  insert(block: ContactBlock, group: readonly number[], now: string): number {
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
    return Number(stmt.run(...(args as never[])).changes);
  }

  /** Says for each contact of a group that lost rows why it is not the one stored. */
  resolve(block: ContactBlock, group: readonly number[], fates: Map<number, ContactFate>): void {
    const phones = group.map((i) => block.phones[i] as string);
    const stored = new Map<string, { run: number; row: number }>();
    for (const r of this.lookupFor(group.length).all(...phones)) {
      stored.set(String(r.phone), { run: Number(r.import_run_id), row: Number(r.source_row) });
    }
    for (const i of group) {
      const phone = block.phones[i] as string;
      const prior = stored.get(phone);
      if (prior && prior.run === this.runId && prior.row === block.rows[i]) continue;
      fates.set(
        i,
        prior && prior.run === this.runId
          ? {
              kind: 'duplicate',
              reason: 'duplicate_in_file',
              detail: `Same number as row ${prior.row} (${phone}).`,
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
         VALUES ${Array.from({ length: size }, () => row).join(', ')}`,
      );
      entry = { stmt, args: new Array<unknown>(size * PER_ROW) };
      this.inserts.set(size, entry);
    }
    return entry;
  }

  private lookupFor(size: number): StatementSync {
    let stmt = this.lookups.get(size);
    if (!stmt) {
      stmt = this.db.prepare(
        `SELECT phone, import_run_id, source_row FROM contacts
         WHERE list_id = ${this.listId} AND phone IN (${Array.from({ length: size }, () => '?').join(', ')})`,
      );
      this.lookups.set(size, stmt);
    }
    return stmt;
  }
}
