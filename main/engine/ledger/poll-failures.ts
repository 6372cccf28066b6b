import type { DatabaseSync } from 'node:sqlite';
import type { PollFailure } from '../../../shared/campaigns/send-obstacle';
import { statement } from '../db/statement-cache';

const SQL = {
  upsert: `INSERT INTO poll_failures (campaign_id, message, http_status, since, at)
    VALUES (:id, :message, :status, :at, :at)
    ON CONFLICT (campaign_id) DO UPDATE SET message = :message, http_status = :status, at = :at`,
  clear: `DELETE FROM poll_failures WHERE campaign_id = ?`,
  read: `SELECT message, http_status, since, at FROM poll_failures WHERE campaign_id = ?`,
} as const;

/**
 * The latest failed status query per campaign (403 after a token was revoked, 422, an
 * unreadable reply), kept in the database so that the progress page and `peaksend status` (a
 * separate, read-only process) both see it. A successful query clears it.
 */
export class PollFailures {
  constructor(private readonly db: DatabaseSync) {}

  /** Records a failure; `since` stays at the first failure of an unbroken streak. */
  record(campaignId: number, failure: { message: string; httpStatus: number | null }, at: number) {
    statement(this.db, SQL.upsert).run({
      id: campaignId,
      message: failure.message,
      status: failure.httpStatus,
      at,
    });
  }

  clear(campaignId: number): void {
    statement(this.db, SQL.clear).run(campaignId);
  }
}

/** Works on a read-only connection; a database from before the ledger-identity migration reads as "none". */
export function readPollFailure(db: DatabaseSync, campaignId: number): PollFailure | null {
  let row: Record<string, unknown> | undefined;
  try {
    row = statement(db, SQL.read).get(campaignId);
  } catch (error) {
    if (error instanceof Error && /no such table/i.test(error.message)) return null;
    throw error;
  }
  if (!row) return null;
  return {
    message: String(row.message),
    httpStatus: row.http_status === null ? null : Number(row.http_status),
    since: Number(row.since),
    at: Number(row.at),
  };
}
