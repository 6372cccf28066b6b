import type { Migration } from '../migration';

/**
 * Every CommPeak request/response (DESIGN.md §2). Bodies are capped and token-free; there is no
 * column for headers on purpose, so the Authorization header can never be stored.
 */
export const migration0002: Migration = {
  id: 2,
  name: 'api-audit',
  sql: `
    CREATE TABLE api_audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      endpoint TEXT NOT NULL,
      stream_id TEXT NOT NULL,
      campaign_id TEXT,
      http_status INTEGER,
      duration_ms INTEGER NOT NULL,
      outcome TEXT NOT NULL,
      message_count INTEGER NOT NULL,
      request_body TEXT NOT NULL,
      response_body TEXT,
      error TEXT
    ) STRICT;
    CREATE INDEX api_audit_at ON api_audit (at);
    CREATE INDEX api_audit_campaign ON api_audit (campaign_id, id);
    CREATE INDEX api_audit_stream ON api_audit (stream_id, id);
  `,
};
