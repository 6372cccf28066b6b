import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { capBody, type AuditRecord } from '../commpeak/audit-record';

export interface StoredAuditRecord extends AuditRecord {
  readonly id: number;
}

export interface AuditQuery {
  readonly campaignId?: string;
  readonly streamId?: string;
  /** Paging: only records with a smaller id (newest first). */
  readonly beforeId?: number;
  readonly limit?: number;
}

export interface AuditStore {
  /** The client's `audit` sink. */
  record(record: AuditRecord): void;
  /** Newest first. */
  list(query?: AuditQuery): StoredAuditRecord[];
  /** Deletes records older than `isoTime`; returns how many. */
  pruneBefore(isoTime: string): number;
}

const rowSchema = z.object({
  id: z.number(),
  at: z.string(),
  endpoint: z.enum(['simple_send', 'messages_status']),
  stream_id: z.string(),
  campaign_id: z.string().nullable(),
  http_status: z.number().nullable(),
  duration_ms: z.number(),
  outcome: z.enum(['ok', 'partial', 'retry', 'uncertain', 'auth', 'permanent', 'config']),
  message_count: z.number(),
  request_body: z.string(),
  response_body: z.string().nullable(),
  error: z.string().nullable(),
});

function toRecord(row: unknown): StoredAuditRecord {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    at: r.at,
    endpoint: r.endpoint,
    streamId: r.stream_id,
    campaignId: r.campaign_id,
    httpStatus: r.http_status,
    durationMs: r.duration_ms,
    outcome: r.outcome,
    messageCount: r.message_count,
    requestBody: r.request_body,
    responseBody: r.response_body,
    error: r.error,
  };
}

/**
 * The audit log on the app database (table from migration 0002). The client already redacts
 * tokens and caps bodies; the cap is applied again here so no caller can bloat the table.
 */
export function createAuditStore(db: DatabaseSync): AuditStore {
  const insert = db.prepare(`INSERT INTO api_audit
    (at, endpoint, stream_id, campaign_id, http_status, duration_ms, outcome, message_count,
     request_body, response_body, error)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const prune = db.prepare('DELETE FROM api_audit WHERE at < ?');
  return {
    record(record) {
      insert.run(
        record.at,
        record.endpoint,
        record.streamId,
        record.campaignId,
        record.httpStatus,
        Math.round(record.durationMs),
        record.outcome,
        record.messageCount,
        capBody(record.requestBody),
        record.responseBody === null ? null : capBody(record.responseBody),
        record.error,
      );
    },
    list(query = {}) {
      const where: string[] = [];
      const params: SQLInputValue[] = [];
      if (query.campaignId !== undefined) {
        where.push('campaign_id = ?');
        params.push(query.campaignId);
      }
      if (query.streamId !== undefined) {
        where.push('stream_id = ?');
        params.push(query.streamId);
      }
      if (query.beforeId !== undefined) {
        where.push('id < ?');
        params.push(query.beforeId);
      }
      const limit = Math.max(1, Math.min(query.limit ?? 100, 10_000));
      const sql = `SELECT * FROM api_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT ${limit}`;
      return db
        .prepare(sql)
        .all(...params)
        .map(toRecord);
    },
    pruneBefore(isoTime) {
      return Number(prune.run(isoTime).changes);
    },
  };
}
